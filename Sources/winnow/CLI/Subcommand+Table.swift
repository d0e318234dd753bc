import WinnowApp

/// Every subcommand: what it takes, its help and what runs it. `winnow --help`, `winnow help CMD`,
/// `winnow CMD --help` and the check of each command line all read this one table.
extension Subcommand {
    static let all: [Subcommand] = [
        Subcommand(
            name: "review", summary: "the workstation; --headless runs a key script instead",
            synopsis: """
                winnow review [PATH] [--theme NAME|FILE] [--keymap NAME|FILE] [--queue NAME] [--filter QUERY] [--unicode] [--preview-bytes N] [--show-private] [--thumbnail-cache MB] [common options]
                winnow review PATH --headless (--keys FILE | --keys-string KEYS) [--size WxH] [--color] [--ascii] [--frames]
                """,
            details: """
                The workstation: file queue (left), image with boxes (center), validation (right), status bar.
                Keys come from the built-in default keymap (or --keymap vim, or a file); `?` lists those that work
                where you are. Themes: default, light, high-contrast, mono, or a file; NO_COLOR=1 means mono.
                A file of the same name in $XDG_CONFIG_HOME/winnow/ (default ~/.config/winnow/), e.g. default.keymap,
                overrides a built-in one; if it does not parse, the built-in one is used and the problem is shown.
                --queue and --filter choose where to start (else where you left off). UTF-8 borders, half blocks and
                braille are drawn when the first of LC_ALL, LC_CTYPE and LANG that is set names UTF-8 (as tmux decides),
                or with --unicode; otherwise ASCII, with a hint in the status bar.

                A big JSONL of text examples opens on its first --preview-bytes (default 8000000; 0 reads all first), a
                screenshot manifest on its first items of about that many bytes with their annotation files: the
                first screen shows at once while the rest is read behind it, then the whole takes its place, keeping the
                queue, filter and item. Duplicates among text examples are found behind the first screen too.
                Image pairs show the submitter's e-mail address masked (u***@example.com) unless --show-private.
                Decoded thumbnails around the cursor are kept up to --thumbnail-cache MB (default 64); the current item
                and the three decoded ahead are kept whatever it says. A big COCO file shows its bytes read while loading.
                --headless runs the workstation's own run loop on a recording terminal: the loading view, the keys of
                the script (each once everything before it has landed), journal included; it prints the last frame as
                text, one line per row (default size 160x48, monochrome unless --color), or with --frames every frame
                under a `--- frame N · t=SECONDS · BYTES bytes` line (the bytes an ANSI terminal is sent for the
                cells that changed). Key notation: a, <Space>, <Enter>, <Esc>, <Tab>, <S-Tab>, <Up>,
                <Down>, <Left>, <Right>, <S-Left>, <C-x>, <PageDown>, <Home>, <End>; spaces between keys are ignored;
                <wait:SECONDS> lets virtual time pass, so journal polls and claim refreshes fall due.
                """,
            valued: ["theme", "keymap", "keys", "keys-string", "size", "filter", "queue", "preview-bytes", "thumbnail-cache"], flags: ["headless", "color", "ascii", "frames", "unicode", "show-private"], takesCommonOptions: true, run: ReviewCommand.run),
        Subcommand(
            name: "summary", summary: "counts of items, labels, tiers, verdicts, reviewers, problems",
            synopsis: """
                winnow summary PATH [--json] [common options]
                """,
            details: """
                Counts: items, labels, categories, tiers (high > 0.9, medium > 0.7, low), verdicts, reviewers, issues by severity.
                """,
            valued: [], flags: ["json"], takesCommonOptions: true, run: SummaryCommand.run),
        Subcommand(
            name: "list", summary: "one item per line in queue order (JSON Lines with --json)",
            synopsis: """
                winnow list PATH [--json] [--filter QUERY] [--queue NAME] [common options]
                """,
            details: """
                One item per line in queue order: id, kind, path, tier, confidence, verdict, labels, issues.
                Queues: triage, high, medium, low, flagged, disagreements, audit, all (default); with --predictions
                also model-disagrees (worst label quality first), missed (a prediction no label matches), wrong-class, placement;
                with text examples duplicates and conflicts.
                """,
            valued: ["filter", "queue"], flags: ["json"], takesCommonOptions: true, run: ListCommand.run),
        Subcommand(
            name: "show", summary: "one item: labels, problems, history",
            synopsis: """
                winnow show PATH ITEM [--json] [--show-private] [common options]
                """,
            details: """
                One item: size, labels with boxes, problems, verdict and the journal history of the item. An image pair
                adds its instruction, how much changed, whether the structure survived and the sessions with the same
                original; the submitter's e-mail address is masked unless --show-private.
                """,
            valued: [], flags: ["json", "show-private"], takesCommonOptions: true, run: ShowCommand.run),
        Subcommand(
            name: "verdict", summary: "record a verdict, or many `ITEM good|bad|skip [note]` lines in batches",
            synopsis: """
                winnow verdict PATH ITEM good|bad|skip [--note TEXT] [--reason TEXT] [common options]
                winnow verdict PATH --from FILE|- [common options]
                """,
            details: """
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
            valued: ["note", "reason", "from"], flags: [], takesCommonOptions: true, run: VerdictCommand.run),
        Subcommand(
            name: "note", summary: "add a note to an item",
            synopsis: """
                winnow note PATH ITEM TEXT [common options]
                """,
            details: """
                Adds a note to the item (journal event `note`; shown in `show` history, `has:notes`).
                """,
            valued: [], flags: [], takesCommonOptions: true, run: NoteCommand.run),
        Subcommand(
            name: "journal", summary: "copy a dataset's journal between its file and PostgreSQL",
            synopsis: """
                winnow journal push PATH --to postgresql://… [common options]
                winnow journal pull PATH --journal postgresql://… --to FILE [common options]
                """,
            details: """
                push: copies the file journal of PATH (each dataset of a folder of them) into the database, numbers and
                lines unchanged; events the database already holds must be the same first ones (a repeated push adds
                the rest), anything else is refused. pull: writes the database's events of PATH as a new journal file.
                Both replay the two sides afterwards and stop with exit 3 unless they give the same state.
                """,
            valued: ["to"], flags: [], takesCommonOptions: true, run: JournalCommand.run),
        Subcommand(
            name: "version", summary: "record a named, immutable version of the dataset, or list them",
            synopsis: """
                winnow version PATH create -m TEXT [--major] [common options]
                winnow version PATH list [--json] [common options]
                """,
            details: """
                create: the next number (1.0, then 1.1, …; --major: 2.0), the message, who and when, each dataset's
                journal position and the SHA-256 of every source file, appended to versions.jsonl in the state
                folder and never rewritten. list: each version, and the source files changed on disk since it.
                `winnow diff PATH A B` lists what changed between two; `winnow export PATH --version N` writes one.
                """,
            valued: ["m"], flags: ["major", "json"], takesCommonOptions: true, run: VersionCommand.run),
        Subcommand(
            name: "diff", summary: "the items whose verdicts, labels or text changed between two versions",
            synopsis: """
                winnow diff PATH VERSION VERSION [--json] [common options]
                """,
            details: """
                One line per item that changed: its id, then what (verdict none → good; labels 9 → 10; text corrected).
                --json: [{"item","changes":[...]}].
                """,
            valued: [], flags: ["json"], takesCommonOptions: true, run: DiffCommand.run),
        Subcommand(
            name: "flag", summary: "flag an item for a second look (--off clears it)",
            synopsis: """
                winnow flag PATH ITEM [--off] [common options]
                """,
            details: """
                Flags the item for a second look, or clears the flag with --off (`has:flag`). Undoable.
                """,
            valued: [], flags: ["off"], takesCommonOptions: true, run: FlagCommand.run),
        Subcommand(
            name: "forget", summary: "take the image-pair sessions of one e-mail address out of every later export",
            synopsis: """
                winnow forget PATH --email ADDRESS [--yes] [common options]
                """,
            details: """
                Lists the sessions whose metadata names ADDRESS (any case), asks on a terminal (--yes skips it; without a
                terminal --yes is required) and records one `forget` event per dataset: those sessions leave every later
                export. The address is not written to the journal. Source files are never changed; to delete the sessions
                for good, remove the folders it prints.
                """,
            valued: ["email"], flags: ["yes"], takesCommonOptions: true, run: ForgetCommand.run),
        Subcommand(
            name: "audit", summary: "draw a reproducible audit sample of a tier; its precision (Wilson 95 %)",
            synopsis: """
                winnow audit PATH --tier high|medium|low --sample N [--seed S] [--json] [common options]
                winnow audit PATH --tier high|medium|low --report [--json] [common options]
                """,
            details: """
                --sample draws N items at random from every item of the tier (reviewed or not), prints their ids
                and records the sample in the journal (the audit queue; a new draw replaces the tier's last one).
                The same seed and data give the same sample on every machine; without --seed one is picked and shown.
                --report: {"tier","population","sampled","reviewed","good","bad","precision","lower95","upper95"}:
                precision = good / (good + bad) over the sampled items reviewed so far, with its 95 % Wilson score
                interval (null until one has a good or bad verdict). Exit 1 when the tier has no sample yet.
                Tiers follow `tiers = HIGH, MEDIUM` in .winnow/config (default 0.9, 0.7).
                """,
            valued: ["tier", "sample", "seed"], flags: ["report", "json"], takesCommonOptions: true, run: AuditCommand.run),
        Subcommand(
            name: "accept", summary: "one verdict for every unreviewed item of the set, as one undoable event",
            synopsis: """
                winnow accept PATH (--tier high|medium|low | --filter QUERY) [--verdict good|bad] [--note TEXT] [--yes] [common options]
                """,
            details: """
                Gives every UNREVIEWED item of the set (both options: their overlap) one verdict (default good) in a
                single journal event: `u` in the workstation undoes the whole batch. Items that already have a verdict,
                skip included, are left alone. Prints the count and asks y/N on a terminal; without a terminal it needs
                --yes. A set with no unreviewed item writes nothing and exits 1.
                """,
            valued: ["tier", "filter", "verdict", "note"], flags: ["yes"], takesCommonOptions: true, run: AcceptCommand.run),
        Subcommand(
            name: "validate", summary: "every problem of every item; exit 1 on any error",
            synopsis: """
                winnow validate PATH [--json] [common options]
                """,
            details: """
                Every problem of every item (images are decoded to prove they can be). Exit 1 when any is an error.
                """,
            valued: [], flags: ["json"], takesCommonOptions: true, run: ValidateCommand.run),
        Subcommand(
            name: "export", summary: "curated screenshots or reviewed drill runs for training code, checked and read back",
            synopsis: """
                winnow export PATH --format coco|yolo|voc|jsonl|csv --out DIR [--filter QUERY] [--split 0.7,0.2,0.1 | --folds K]
                              [--group-by FIELD] [--seed N] [--images link|copy|none] [--at SEQ | --version N] [--dedup] [--drop-empty-splits]
                              [--no-near-duplicates] [--force] [common options]
                winnow export PATH --format signals --out DIR [--filter QUERY] [--folds K] [--groups CSV] [--seed N] [--force] [common options]
                winnow export TEXT --format jsonl|csv|hf|spacy|conll --out DIR [--chat] [--split 0.8,0.1,0.1] [--seed N] [--filter QUERY]
                              [--min-relevance low|medium|high] [--min-prompt N] [--min-response N] [--force] [common options]
                winnow export PAIRS --format pairs-jsonl|csv --out DIR [--split 0.8,0.1,0.1] [--seed N] [--filter QUERY]
                              [--images link|copy|none] [--include-private] [--force] [common options]
                """,
            details: """
                Screenshots: the items with a good verdict (or --filter's), as curated: edited boxes, rejected ones out,
                boxes cut to their image. coco: annotations.json or annotations/<split>.json, ids from 1; yolo:
                images/ and labels/ per split and data.yaml; voc: Annotations/*.xml as labelImg writes them,
                JPEGImages/, ImageSets/Main/<split>.txt; jsonl: one object per image per split file; csv: labels.csv,
                one row per box. --split gives groups (--group-by FIELD: a metadata field, or dataset, folder, stem,
                item; default the item's session or run) to train/val/test by a hash of the seed and the group, so
                adding items moves no other. A split left with no image is refused (--drop-empty-splits drops it).
                --folds K writes folds.csv (and per-fold yaml for yolo) instead. Near-duplicate images (perceptual
                hash) in different splits are reported; --dedup keeps one of each group. --images: hard links where
                possible (default), copies, or none. --at SEQ: the dataset as it was at that journal event; --version N: at that version.
                The export is read back and checked in a temporary folder, then moved into place with
                winnow-export.json (command, filter, splits, counts, journal position, a checksum per file).
                DIR must not exist; --force replaces an earlier export (or an empty folder), nothing else.

                Drill runs (signals): DIR/signals.csv and DIR/signals.jsonl, one row per run with a verdict (file,
                verdict, reviewer, entry/transition/exit in mm and sample, confidence, source, group, fold). Folds
                (default 24) keep every run of a drilling group in one fold; the group is the --groups sheet's `box`
                for the file, else the file-name stem before the run number.

                Text examples: items not judged bad, as curated (corrections applied). Pairs as seed 003 exports them:
                include_in_training not false, domain_relevance at --min-relevance (default medium) or above, prompt and
                response at least --min-prompt 10 and --min-response 20 characters, one per prompt (first 100 characters,
                lower case; corrected examples first); jsonl {"prompt","response"} or, with --chat, {"messages":[...]};
                labelled texts {"text","label"[,"entities"]}. csv: examples.csv; hf: <split>.jsonl and dataset_info.json;
                spacy: <split>.json of [text, {"cats","entities"}]; conll: <split>.conll with BIO tags. --split stratifies
                by label, a session (session_id, conversation_id) kept in one split. Read back before it is written.

                Image pairs: sessions not judged bad, not forgotten (winnow forget), with both images decodable; instructions as
                corrected. pairs-jsonl: <split>.jsonl (pairs.jsonl without --split) of {"input_image","edit_prompt",
                "edited_image","session","timestamp"}, images under images/SESSION/ (linked, copied, or with --images none
                named by absolute path); csv: the same columns in <split>.csv. --split keeps sessions that share an original
                photo in one split. E-mail addresses are left out unless --include-private (then an "email" column);
                winnow-export.json says which. Read back before it is written.
                """,
            valued: ExportArguments.valued, flags: ExportArguments.flags, takesCommonOptions: true, run: ExportCommand.run),
        Subcommand(
            name: "ingest", summary: "automation records (screenshot, match, click) into a screenshot dataset",
            synopsis: """
                winnow ingest RECORDS.jsonl --into PATH [--only-successful] [--only-with-matches]
                """,
            details: """
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
            valued: ["into"], flags: ["only-successful", "only-with-matches"], takesCommonOptions: false, run: IngestCommand.run),
        Subcommand(
            name: "evaluate", summary: "box AP of a detector against the labels (and the curated labels), as pycocotools computes it",
            synopsis: """
                winnow evaluate PATH --predictions [NAME=]FILE [--json] [--iou-thresholds COCO|T] [--curated] [common options]
                """,
            details: """
                Prints AP@[.50:.95], AP50, AP75, AR@100, each category's AP and the score cut-off with the best F1 (at the
                first IoU threshold), computed step for step as pycocotools' COCOeval does for boxes (all areas, at most
                100 detections per image and category). A COCO file with a COCO results file is read as COCOeval reads
                them; other datasets and prediction forms go through the items (categories those of the labels).
                --curated adds a column for the labels as the reviewers left them (edits applied; rejected boxes and items
                judged bad left out, as exports do). --iou-thresholds 0.5 evaluates at one threshold instead of ten.
                Bad results are reported with their place and left out. --json: {"ap","ap50","ap75","ar100",
                "iou_thresholds","categories":[{"id","name","ap","best_f1"}],"model","images","truth","detections",
                "skipped","curated"}; several --predictions give {"models":[...]}; -1 where nothing can be measured.
                Drill runs: --predictions CSV (file, entry_mm, transition_mm, exit_mm, optional confidence or
                <event>_confidence) against the runs' events as they stand (runs judged bad left out): per event type
                and overall the pairs, mean absolute error, shares within 0.5 and 1 mm, events only the labels have
                (missed) and only the model has (extra), and the same per fold of the signals export.
                """,
            valued: ["iou-thresholds"], flags: ["json", "curated"], takesCommonOptions: true, run: EvaluateCommand.run),
        Subcommand(
            name: "help", summary: "details of one command (`winnow help keys`: the key table)",
            synopsis: "winnow help [CMD]\nwinnow help keys [--keymap NAME|FILE]",
            details: "Without CMD, the overview. `winnow CMD --help` prints the same as `winnow help CMD`.\n`keys`: the key table of a keymap, as in the README.",
            valued: ["keymap"], flags: [], takesCommonOptions: false, run: HelpCommand.run),
    ]
}
