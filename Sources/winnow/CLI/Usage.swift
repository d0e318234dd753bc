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
          winnow export PATH --format coco --out DIR [--filter QUERY] [--force]
                                             screenshots with a good verdict (or the filter's) as COCO
          winnow bench [--size WxH]          measure key-to-screen latency and bytes per frame
          winnow bench --signals DIR         load time of a Setitec folder (vs. Python) and 1M-sample pan/zoom frames
          winnow bench --filter N            the filter language over N items' facts
          winnow bench --boxes               box mode: key to screen, journal fsync included
          winnow bench --accept N            batch accept of N items: each phase timed (budget 100k <= 1 s)
          winnow bench --journal N           open+replay time of an N-event journal, and of one written by 4 processes
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
            winnow export PATH --format signals --out DIR [--filter QUERY] [--folds K] [--groups CSV] [--seed N] [--force] [--state DIR]

            Writes DIR/signals.csv and DIR/signals.jsonl: one row per drill run with a verdict (file, verdict,
            reviewer, entry/transition/exit in mm and sample, confidence, source, group, fold). Folds (default 24)
            keep every run of a drilling group in one fold; the group is the --groups sheet's `box` for the file,
            else the file-name stem before the run number. DIR must not exist unless --force; the export is
            written to a temporary folder and moved into place.
            """,
        "bench": "winnow bench [--size WxH] [--items N] [--think MS] [--images DIR] [--json]\nwinnow bench --signals DIR | --signal-frames [--size WxH] [--json]\nwinnow bench --journal N [--writers K] [--json]\n\nWith --journal: writes N verdict events (N/10 items, 4 reviewers) to a temporary dataset's journal and times opening it\n(journal parse + ledger replay, and the whole dataset open); then has K (default 4; 0: skip) `winnow verdict --from` processes write N/K lines each\nto one journal at once, checks it holds N whole events with unique, gap-free sequence numbers, and times its replay.\nWith --signals: times loading every Setitec file of DIR (and a plain Python reader of the same files) and\nthe pan/zoom frames of a 1M-sample run (render + diff, through the reducer). Otherwise: Generates (or, with --images, copies the PNG/JPEG files of DIR) 1920x1080 screenshots in a temporary folder and measures, through the real reducer, renderer\nand ncurses (writing to a file), the time from a key to the next item fully on screen and the bytes sent.",
    ]
}
