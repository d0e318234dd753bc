#!/usr/bin/env python3
"""COCOeval box figures of a ground-truth COCO file and a results file, as JSON: the reference winnow evaluate is checked against.
An optional third argument evaluates at that one IoU threshold instead of COCO's ten."""
import sys, json, io, contextlib, numpy as np
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval
with contextlib.redirect_stdout(io.StringIO()):
    gt = COCO(sys.argv[1]); dt = gt.loadRes(sys.argv[2])
    e = COCOeval(gt, dt, 'bbox')
    if len(sys.argv) > 3: e.params.iouThrs = np.array([float(sys.argv[3])])
    e.evaluate(); e.accumulate(); e.summarize()
p = e.eval['precision'][:, :, :, 0, 2]
cats = []
for k, cid in enumerate(e.params.catIds):
    v = p[:, :, k]; v = v[v > -1]
    cats.append({"id": int(cid), "ap": float(v.mean()) if v.size else None})
print(json.dumps({"ap": float(e.stats[0]), "ap50": float(e.stats[1]), "ap75": float(e.stats[2]), "ar100": float(e.stats[8]), "categories": cats}))
