#!/usr/bin/env python3
"""Checks Winnow exports with the tools training code uses: pycocotools (load, and a
self-evaluation whose AP must be exactly 1.0: duplicate or zero ids break it), globox and
supervision (the same number of boxes as winnow-export.json counts), and every box inside its
image. Usage: check_exports.py EXPORT_DIR...; prints one line per check, exits 1 on a failure."""
import contextlib, io, json, os, shutil, sys, tempfile

failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (": " + detail if detail else ""))
    if not ok:
        failures.append(name)


def quiet(fn, *args, **kwargs):
    with contextlib.redirect_stdout(io.StringIO()):
        return fn(*args, **kwargs)


def split_counts(export):
    meta = json.load(open(os.path.join(export, "winnow-export.json")))
    return meta, {name: c["boxes"] for name, c in meta["counts"].items()}


def check_coco(export, meta, counts):
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval
    import globox, supervision as sv
    for split, boxes in counts.items():
        path = os.path.join(export, "annotations.json" if split == "all" else f"annotations/{split}.json")
        images = os.path.join(export, "images" if split == "all" else f"images/{split}")
        gt = quiet(COCO, path)
        anns = gt.loadAnns(gt.getAnnIds())
        check(f"{path}: pycocotools loads {boxes} boxes", len(anns) == boxes, str(len(anns)))
        inside = all(a["bbox"][0] >= 0 and a["bbox"][1] >= 0 and a["bbox"][0] + a["bbox"][2] <= gt.imgs[a["image_id"]]["width"] + 1e-9
                     and a["bbox"][1] + a["bbox"][3] <= gt.imgs[a["image_id"]]["height"] + 1e-9 for a in anns)
        check(f"{path}: every box inside its image", inside)
        if anns:
            dt = quiet(gt.loadRes, [dict(image_id=a["image_id"], category_id=a["category_id"], bbox=a["bbox"], score=1.0) for a in anns])
            ev = COCOeval(gt, dt, "bbox")
            ev.params.maxDets = [1, 10, max(100, max(len(gt.getAnnIds(imgIds=i)) for i in gt.getImgIds()))]
            quiet(ev.evaluate); quiet(ev.accumulate); quiet(ev.summarize)
            check(f"{path}: pycocotools self-evaluation AP == 1.0", ev.stats[0] == 1.0, str(ev.stats[0]))
        g = globox.AnnotationSet.from_coco(path)
        check(f"{path}: globox reads {boxes} boxes", g.nb_boxes() == boxes, str(g.nb_boxes()))
        ds = sv.DetectionDataset.from_coco(images_directory_path=images, annotations_path=path)
        n = sum(len(d) for _, _, d in ds)
        check(f"{path}: supervision reads {boxes} boxes", n == boxes, str(n))


def check_yolo(export, meta, counts):
    import globox, globox.image_utils, supervision as sv
    for split, boxes in counts.items():
        folder = "train" if split == "all" else split
        images, labels = os.path.join(export, "images", folder), os.path.join(export, "labels", folder)
        ds = sv.DetectionDataset.from_yolo(images_directory_path=images, annotations_directory_path=labels,
                                           data_yaml_path=os.path.join(export, "data.yaml"))
        n = sum(len(d) for _, _, d in ds)
        check(f"{labels}: supervision reads {boxes} boxes", n == boxes, str(n))
        by_ext = {}
        for f in os.listdir(images):
            by_ext.setdefault(os.path.splitext(f)[1], []).append(os.path.splitext(f)[0])
        total = 0
        for ext, stems in sorted(by_ext.items()):  # globox takes one image extension per call
            if ext not in globox.image_utils.IMAGE_EXTENSIONS:
                skipped = sum(len(open(os.path.join(labels, s + ".txt")).read().splitlines()) for s in stems)
                print(f"note {labels}: globox does not read {ext} images; their {skipped} boxes are left to supervision")
                total += skipped
                continue
            with tempfile.TemporaryDirectory() as subset:
                for stem in stems:
                    shutil.copy(os.path.join(labels, stem + ".txt"), subset)
                g = globox.AnnotationSet.from_yolo_v5(subset, image_folder=images, image_extension=ext)
            total += g.nb_boxes()
            for ann in g:
                w, h = ann.image_size
                if not all(0 <= b.xmin <= b.xmax <= w and 0 <= b.ymin <= b.ymax <= h for b in ann.boxes):
                    check(f"{labels}/{ann.image_id}: every box inside its image", False)
        check(f"{labels}: globox reads {boxes} boxes", total == boxes, str(total))


def check_voc(export, meta, counts):
    import globox
    import xml.etree.ElementTree as ET
    g = globox.AnnotationSet.from_pascal_voc(os.path.join(export, "Annotations"))
    boxes = sum(counts.values())
    check(f"{export}/Annotations: globox reads {boxes} boxes", g.nb_boxes() == boxes, str(g.nb_boxes()))
    outside = [a.image_id for a in g if not all(0 <= b.xmin < b.xmax <= a.image_size[0] and 0 <= b.ymin < b.ymax <= a.image_size[1] for b in a.boxes)]
    check(f"{export}/Annotations: every box inside its image", not outside, ", ".join(outside[:3]))
    for split, c in meta["counts"].items():
        if split == "all":
            continue
        listed = open(os.path.join(export, "ImageSets", "Main", split + ".txt")).read().split()
        check(f"{export}/ImageSets/Main/{split}.txt lists {c['images']} images", len(listed) == c["images"], str(len(listed)))
        missing = [s for s in listed if not os.path.exists(os.path.join(export, "Annotations", s + ".xml"))]
        check(f"{export}/ImageSets/Main/{split}.txt: every stem has its XML", not missing, ", ".join(missing[:3]))


def main(exports):
    for export in exports:
        meta, counts = split_counts(export)
        {"coco": check_coco, "yolo": check_yolo, "voc": check_voc}[meta["format"]](export, meta, counts)
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
