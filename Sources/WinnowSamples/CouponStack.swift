/// The material under the drill, in mm of depth from where the run starts: air, then CFRP, then
/// titanium, then air again.
struct CouponStack {
    let entry: Double
    let cfrp: Double
    let titanium: Double

    var transition: Double { entry + cfrp }
    var exit: Double { entry + cfrp + titanium }
}
