#!/usr/bin/env python3
"""Gives declarations at the top two indentation levels `package` access (files moved into a library)."""
import re, sys
KEYWORDS = r"(static func|static let|static var|func|let|var|init\??|struct|enum|final class|class|protocol|typealias|extension|mutating func|subscript|private\(set\) var|nonisolated)"
DECL = re.compile(r"^( {0}| {4})(@discardableResult )?" + KEYWORDS + r"\b")
for path in sys.argv[1:]:
    lines = open(path).read().split("\n")
    out = []
    for line in lines:
        m = DECL.match(line)
        if m and not re.match(r"^\s*(private|fileprivate|public|package|internal|override)\b", line) :
            indent = m.group(1)
            rest = line[len(indent):]
            if rest.startswith("@discardableResult "):
                line = indent + "@discardableResult package " + rest[len("@discardableResult "):]
            else:
                line = indent + "package " + rest
        out.append(line)
    open(path, "w").write("\n".join(out))
