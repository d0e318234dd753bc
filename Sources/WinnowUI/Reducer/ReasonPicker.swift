import WinnowCanvas
import WinnowCore

/// A bad verdict with a reason: `R` lists the configured reasons in the status bar, a digit
/// (`prompt.pick-N`) records the verdict with that reason (and moves on once saved), any other key cancels.
enum ReasonPicker {
    static func open(_ state: inout AppState) {
        guard state.currentItemIndex != nil else { return }
        guard !state.reasons.isEmpty else {
            state.message = .error("no reasons configured: add `reasons = wrong box, duplicate, ...` to .winnow/config")
            return
        }
        state.overlay = .reasonPicker
    }

    static func pick(_ key: KeyEvent, state: inout AppState) -> [AppEffect] {
        state.overlay = .none
        guard let digit = AppReducer.promptCommand(key, state)?.pickNumber, digit <= state.reasons.count else {
            state.message = .info("no verdict given")
            return []
        }
        return AppReducer.verdict(.bad, &state, reason: state.reasons[digit - 1])
    }
}
