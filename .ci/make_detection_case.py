#!/usr/bin/env python3
"""Writes a random detection case (gt.json, results.json) into OUTDIR: crowd boxes, tied scores,
more than 100 detections of one category in an image, a category without ground truth."""
import json, random, sys

seed, out, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
images = [{"id": i + 1, "file_name": f"{i + 1}.png", "width": 640, "height": 480} for i in range(count)]
categories = [{"id": c, "name": f"c{c}"} for c in range(1, 6)]  # c5 never has ground truth
annotations, results = [], []
for image in images:
    for _ in range(rng.randint(0, 8)):
        w, h = rng.uniform(4, 120), rng.uniform(4, 90)
        box = [rng.uniform(0, 600), rng.uniform(0, 400), w, h]
        crowd = 1 if rng.random() < 0.1 else 0
        annotations.append({"id": len(annotations) + 1, "image_id": image["id"], "category_id": rng.randint(1, 4),
                            "bbox": box, "area": w * h * rng.uniform(0.6, 1.0), "iscrowd": crowd})
        if rng.random() < 0.8:  # a detection near it, sometimes of another class
            jitter = [box[0] + rng.uniform(-8, 8), box[1] + rng.uniform(-8, 8), w * rng.uniform(0.7, 1.3), h * rng.uniform(0.7, 1.3)]
            category = annotations[-1]["category_id"] if rng.random() < 0.85 else rng.randint(1, 5)
            results.append({"image_id": image["id"], "category_id": category, "bbox": jitter, "score": rng.choice([0.5, 0.7, 0.9, 1.0])})
    for _ in range(rng.randint(0, 3)):  # hallucinations
        results.append({"image_id": image["id"], "category_id": rng.randint(1, 5),
                        "bbox": [rng.uniform(0, 600), rng.uniform(0, 400), rng.uniform(4, 60), rng.uniform(4, 60)], "score": round(rng.random(), 2)})
for _ in range(130):  # one crowded image: more than 100 detections of one category
    results.append({"image_id": 1, "category_id": 2, "bbox": [rng.uniform(0, 600), rng.uniform(0, 400), 20, 20], "score": round(rng.random(), 1)})
json.dump({"images": images, "annotations": annotations, "categories": categories}, open(f"{out}/gt.json", "w"))
json.dump(results, open(f"{out}/results.json", "w"))
