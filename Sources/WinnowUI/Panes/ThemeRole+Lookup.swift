import WinnowCore

extension ThemeRole {
    static func verdict(_ verdict: Verdict?) -> ThemeRole {
        switch verdict {
        case .good?: return .verdictGood
        case .bad?: return .verdictBad
        case .skip?: return .verdictSkip
        case nil: return .verdictNone
        }
    }

    static func tier(_ tier: Tier) -> ThemeRole {
        switch tier {
        case .high: return .tierHigh
        case .medium: return .tierMedium
        case .low: return .tierLow
        }
    }

    static func severity(_ severity: Severity) -> ThemeRole {
        switch severity {
        case .error: return .issueError
        case .warning: return .issueWarning
        case .info: return .issueInfo
        }
    }
}
