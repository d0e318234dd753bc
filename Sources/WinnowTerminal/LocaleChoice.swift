/// Whether to draw UTF-8, decided as tmux does: yes when the first of `LC_ALL`, `LC_CTYPE` and
/// `LANG` that is set names UTF-8 (or when asked with `--unicode`); ASCII otherwise.
public enum LocaleChoice {
    public static func namesUTF8(_ environment: [String: String]) -> Bool {
        guard let value = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
            return false
        }
        let lowered = value.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
