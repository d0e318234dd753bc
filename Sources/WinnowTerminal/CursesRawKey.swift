/// What `wget_wch` returned: a character, or a curses key code (`KEY_CODE_YES`).
enum CursesRawKey: Equatable {
    case character(UInt32)
    case code(Int32)
}
