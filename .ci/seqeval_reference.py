#!/usr/bin/env python3
"""seqeval's entity-level figures of a CoNLL prediction file against a gold one, as JSON: the reference `winnow evaluate` of spans is checked against."""
import sys, json
from seqeval.metrics import classification_report, precision_score, recall_score, f1_score

def sentences(path):
    out, current = [], []
    for line in open(path, encoding='utf-8', newline=''):
        line = line.rstrip('\r\n')
        if not line.strip():
            if current: out.append(current); current = []
            continue
        current.append(line.split()[-1])
    if current: out.append(current)
    return out

gold, predicted = sentences(sys.argv[1]), sentences(sys.argv[2])
report = classification_report(gold, predicted, output_dict=True)
labels = {k: {"precision": v["precision"], "recall": v["recall"], "f1": v["f1-score"], "support": int(v["support"])}
          for k, v in report.items() if not k.endswith(" avg")}
print(json.dumps({"precision": precision_score(gold, predicted), "recall": recall_score(gold, predicted),
                  "f1": f1_score(gold, predicted), "labels": labels}))
