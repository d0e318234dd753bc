import WinnowApp
/// `winnow --help` and `winnow help CMD`.
enum Usage {
    static let version = "0.1.0"

    static let overview = """
        winnow — review and curate ML training labels in the terminal

        USAGE
          winnow [PATH] [options]            open the workstation (same as `winnow review PATH`);
                                             without PATH, the bundled SampleDatasets
          winnow review PATH [options]       the workstation; --headless runs a key script instead
          winnow summary PATH [--json]       counts of items, labels, tiers, verdicts, reviewers, problems
          winnow list PATH [--json] [--filter QUERY] [--queue NAME]
                                             one item per line in queue order (JSON Lines with --json);
                                             queues: triage, high, medium, low, flagged, disagreements, audit, all
          winnow show PATH ITEM [--json]     one item: labels, problems, history
          winnow verdict PATH ITEM good|bad|skip [--note TEXT] [--reason TEXT]
          winnow verdict PATH --from FILE|-  many `ITEM good|bad|skip [note]` lines, in batches
          winnow note PATH ITEM TEXT         add a note to an item;  winnow flag PATH ITEM [--off]: flag it
          winnow audit PATH --tier T --sample N [--seed S] | --report [--json]
                                             draw a reproducible audit sample of a tier; its precision (Wilson 95 %)
          winnow accept PATH (--tier T | --filter QUERY) [--verdict good|bad] [--yes]
                                             one verdict for every unreviewed item of the set, as one undoable event
                  winnow validate PATH [--json]      every problem of every item; exit 1 on any error
          winnow export PATH --format signals --out DIR [--filter QUERY] [--folds K] [--groups CSV] [--force]
                                             reviewed drill runs as CSV and JSONL, with leak-free folds
          winnow export PATH --format coco|yolo|voc|jsonl|csv --out DIR [--split 0.7,0.2,0.1] [--filter QUERY] ...
                                             curated screenshots, leak-free splits, checked and read back
          winnow ingest RECORDS.jsonl --into PATH [--only-successful] [--only-with-matches]
                                             automation records (screenshot, match, click) into a screenshot dataset
          winnow help CMD                    details of one command (`winnow help keys`: the key table)

        OPTIONS (all dataset commands)
          --format screenshots|coco|voc|yolo|signals|workspace   how to read PATH (default: detected)
          --images DIR       image folder of a COCO file (default: the file's folder, then its images/)
          --state DIR        keep curation state (the journal) here instead of PATH/.winnow/
          --reviewer NAME    who is reviewing (default: $USER)
          --tiers H,M        tier thresholds: high above H, medium above M (default 0.9,0.7)

        QUERY (for --filter): terms joined by AND, e.g. `tier:low cat:button conf<0.8 verdict:none -verdict:bad file:*login*`;
        fields tier, cat, conf (< <= > >= =), source, verdict (none/good/bad/skip), reviewer, kind, has (issues, edits,
        notes, flag), file (glob), id; `-` negates; free words match id, path and text.

        ITEM is an id as `winnow list` prints it: the manifest's image_id in a screenshot dataset,
        the image file name in COCO and VOC, prefixed with the dataset folder in a folder of datasets.

        EXIT CODES
          0 fine   1 findings (validate errors, unknown item)   2 usage error   3 input cannot be read
        """

    static let topics: [String: String] = [
        "review": """
            winnow review [PATH] [--theme NAME|FILE] [--keymap NAME|FILE] [--queue NAME] [--filter QUERY] [common options]
            winnow review PATH --headless (--keys FILE | --keys-string KEYS) [--size WxH] [--color] [--ascii]

            The workstation: file queue (left), image with boxes (center), validation (right), status bar.
            Keys come from Keymaps/default.keymap (or --keymap vim); `?` lists them all.
            Themes: default, light, high-contrast, mono (Themes/*.theme) or a file; NO_COLOR=1 means mono.

            --headless applies a key script through the same reducer and renderer without a terminal,
            journal included, and prints the final screen as text, one line per row (default size 160x48,
            monochrome unless --color). Key notation: a, <Space>, <Enter>, <Esc>, <Tab>, <S-Tab>, <Up>,
            <Down>, <Left>, <Right>, <S-Left>, <C-x>, <PageDown>, <Home>, <End>; spaces between keys are ignored.
            """,
        "summary": "winnow summary PATH [--json] [common options]\n\nCounts: items, labels, categories, tiers (high > 0.9, medium > 0.7, low), verdicts, reviewers, issues by severity.",
        "list": "winnow list PATH [--json] [common options]\n\nOne item per line: id, kind, path, tier, confidence, verdict, labels, issues.",
        "show": "winnow show PATH ITEM [--json] [common options]\n\nOne item: size, labels with boxes, problems, verdict and the journal history of the item.",
        "verdict": """
            winnow verdict PATH ITEM good|bad|skip [--note TEXT] [--reason TEXT] [common options]
            winnow verdict PATH --from FILE|- [common options]

            Records one verdict in the journal (fsynced before the command returns). --reason goes with bad;
            when .winnow/config has `reasons = a, b, c` it must be one of them (case aside).

            With --from, applies many verdicts in one process, one per line of FILE (or stdin with -):
              ITEM good|bad|skip [note...]
            Blank lines and lines starting with # are skipped. Lines are saved in batches of up to 1000
            (sooner when a pipe pauses): each batch is one journal append under the lock, with one fsync,
            acknowledged on stderr (`saved: N verdicts (events A-B)`) once it is on disk. A bad line is
            reported as FILE:LINE: what is wrong, and skipped; the others are applied; exit 1 if any was bad.
            Several processes may write to one dataset at once: batches never interleave within a line.
            """,
        "audit": """
            winnow audit PATH --tier high|medium|low --sample N [--seed S] [--json] [common options]
            winnow audit PATH --tier high|medium|low --report [--json] [common options]

            --sample draws N items at random from every item of the tier (reviewed or not), prints their ids
            and records the sample in the journal (the audit queue; a new draw replaces the tier's last one).
            The same seed and data give the same sample on every machine; without --seed one is picked and shown.
            --report: {"tier","population","sampled","reviewed","good","bad","precision","lower95","upper95"}:
            precision = good / (good + bad) over the sampled items reviewed so far, with its 95 % Wilson score
            interval (null until one has a good or bad verdict). Exit 1 when the tier has no sample yet.
            Tiers follow `tiers = HIGH, MEDIUM` in .winnow/config (default 0.9, 0.7).
            """,
        "accept": """
            winnow accept PATH (--tier high|medium|low | --filter QUERY) [--verdict good|bad] [--note TEXT] [--yes] [common options]

            Gives every UNREVIEWED item of the set (both options: their overlap) one verdict (default good) in a
            single journal event: `u` in the workstation undoes the whole batch. Items that already have a verdict,
            skip included, are left alone. Prints the count and asks y/N on a terminal; without a terminal it needs
            --yes. A set with no unreviewed item writes nothing and exits 1.
            """,
        "note": "winnow note PATH ITEM TEXT [common options]\n\nAdds a note to the item (journal event `note`; shown in `show` history, `has:notes`).",
        "flag": "winnow flag PATH ITEM [--off] [common options]\n\nFlags the item for a second look, or clears the flag with --off (`has:flag`). Undoable.",
        "validate": "winnow validate PATH [--json] [common options]\n\nEvery problem of every item (images are decoded to prove they can be). Exit 1 when any is an error.",
        "export": """
            winnow export PATH --format coco|yolo|voc|jsonl|csv --out DIR [--filter QUERY] [--split 0.7,0.2,0.1 | --folds K]
                          [--group-by FIELD] [--seed N] [--images link|copy|none] [--at SEQ] [--dedup] [--drop-empty-splits]
                          [--no-near-duplicates] [--force]
            winnow export PATH --format signals --out DIR [--filter QUERY] [--folds K] [--groups CSV] [--seed N] [--force]

            Screenshots: the items with a good verdict (or --filter's), as curated: edited boxes, rejected ones out,
            boxes cut to their image. coco: annotations.json or annotations/<split>.json, ids from 1; yolo:
            images/ and labels/ per split and data.yaml; voc: Annotations/*.xml as labelImg writes them,
            JPEGImages/, ImageSets/Main/<split>.txt; jsonl: one object per image per split file; csv: labels.csv,
            one row per box. --split gives groups (--group-by FIELD: a metadata field, or dataset, folder, stem,
            item; default the item's session or run) to train/val/test by a hash of the seed and the group, so
            adding items moves no other. A split left with no image is refused (--drop-empty-splits drops it).
            --folds K writes folds.csv (and per-fold yaml for yolo) instead. Near-duplicate images (perceptual
            hash) in different splits are reported; --dedup keeps one of each group. --images: hard links where
            possible (default), copies, or none. --at SEQ: the dataset as it was at that journal event.
            The export is read back and checked in a temporary folder, then moved into place with
            winnow-export.json (command, filter, splits, counts, journal position, a checksum per file).
            DIR must not exist; --force replaces an earlier export (or an empty folder), nothing else.

            Drill runs (signals): DIR/signals.csv and DIR/signals.jsonl, one row per run with a verdict (file,
            verdict, reviewer, entry/transition/exit in mm and sample, confidence, source, group, fold). Folds
            (default 24) keep every run of a drilling group in one fold; the group is the --groups sheet's `box`
            for the file, else the file-name stem before the run number.
            """,
        "ingest": """
            winnow ingest RECORDS.jsonl --into PATH [--only-successful] [--only-with-matches]

            Adds automation records (one JSON object per line, the runner's ActionExecutionRecord) to the
            screenshot dataset at PATH (created if missing; an existing folder must be one or be empty):
            images/<id>.<ext> (id: first 16 hex of the SHA-256 of the bytes, one image per content),
            annotations/<id>.json, a manifest.jsonl line per new image, metadata.json.
            Per record: required action_id, action_type, screenshot_reference (relative to the records file's
            folder unless absolute), success; optional match_summary {image_id, confidence, location {x, y}
            (top-left), template_size {width, height}}, clicked_location [x, y], click_button,
            click_target_type, active_states_before, timestamp.
            The match gives a template_matching box (its confidence, unverified); the click a 50x50 user_click
            box centered on it (confidence 1.0, verified). Boxes already in the dataset are not added again,
            so running it twice adds nothing. --only-successful: records with success true;
            --only-with-matches: records with a match_summary.
            A bad record is reported as RECORDS.jsonl:LINE: what is wrong, and skipped; exit 1 if any was.
            """,
    ]
}
