#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last SIGINT/SIGTERM/SIGHUP number, written only by the handler. A plain sig_atomic_t store is
/// all a handler may safely do; the run loop polls it.
nonisolated(unsafe) private var pendingTerminationSignal: sig_atomic_t = 0

/// Catches SIGINT, SIGTERM and SIGHUP (the SSH connection dropped) so the run loop can save and
/// restore the terminal before exiting, instead of dying with the terminal in raw mode. SIGWINCH is left to ncurses (KEY_RESIZE).
/// Signal dispositions are process-wide: keep one instance alive at a time.
public final class TerminalSignals {
    private static let caught: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var previousActions: [Int32: sigaction] = [:]

    /// Installs the handlers; ncurses leaves signals alone that already have one.
    public init() {
        pendingTerminationSignal = 0
        for signal in Self.caught {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { pendingTerminationSignal = $0 }
            #else
            action.__sigaction_u.__sa_handler = { pendingTerminationSignal = $0 }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0   // no SA_RESTART: a blocked read returns so the flag is seen
            var previous = sigaction()
            if sigaction(signal, &action, &previous) == 0 { previousActions[signal] = previous }
        }
    }

    deinit {
        for (signal, var previous) in previousActions { sigaction(signal, &previous, nil) }
    }

    /// Forgets a Ctrl-C that arrived while another program had the terminal (an editor takes
    /// Ctrl-C for itself, as git lets it); a SIGTERM stays pending.
    public func forgetInterrupt() {
        if pendingTerminationSignal == SIGINT { pendingTerminationSignal = 0 }
    }

    /// The signal that arrived since the last call (SIGINT, SIGTERM or SIGHUP), clearing it.
    public func takePendingSignal() -> Int32? {
        let signal = pendingTerminationSignal
        guard signal != 0 else { return nil }
        pendingTerminationSignal = 0
        return signal
    }
}
