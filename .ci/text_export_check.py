#!/usr/bin/env python3
"""Reads a Winnow text export as training code would, and prints what it found as JSON.
hf DIR: datasets.load_dataset("json") over the split files; spacy DIR: each example's entity
offsets through spaCy's offsets_to_biluo_tags on a blank English tokenizer (misaligned spans give '-')."""
import sys, json, glob, os
kind, folder = sys.argv[1], sys.argv[2]
if kind == "hf":
    import datasets
    files = {os.path.basename(p)[:-6]: p for p in glob.glob(os.path.join(folder, "*.jsonl"))}
    ds = datasets.load_dataset("json", data_files=files)
    info = json.load(open(os.path.join(folder, "dataset_info.json")))
    print(json.dumps({"splits": {k: len(v) for k, v in ds.items()}, "columns": sorted(ds[next(iter(ds))].column_names),
                      "info_splits": {k: v["num_examples"] for k, v in info["splits"].items()}}))
else:
    import spacy
    from spacy.training import offsets_to_biluo_tags
    nlp = spacy.blank("en")
    examples = misaligned = entities = 0
    cats = set()
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        if os.path.basename(path) == "winnow-export.json": continue
        for text, ann in json.load(open(path)):
            examples += 1
            cats.update(ann.get("cats", {}))
            spans = [tuple(e) for e in ann["entities"]]
            entities += len(spans)
            tags = offsets_to_biluo_tags(nlp.make_doc(text), spans)
            misaligned += sum(1 for t in tags if t == "-")
    print(json.dumps({"examples": examples, "entities": entities, "misaligned_tokens": misaligned, "cats": sorted(cats)}))
