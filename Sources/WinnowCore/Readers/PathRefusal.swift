/// Why a path written in a dataset file was not followed.
struct PathRefusal: Error, Equatable {
    let reason: String
}
