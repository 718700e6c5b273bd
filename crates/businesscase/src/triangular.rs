//! The triangular distribution of a three-point estimate, drawn by its inverse CDF from
//! one uniform number, and the uniform numbers themselves.

/// A uniform number in [0, 1) from the top 53 bits of a random u64: k × 2^−53 for k in
/// 0 to 2^53 − 1, every one exact in an f64. Made here rather than by a `rand`
/// distribution so that no library's version can change a published figure.
pub(crate) fn uniform(bits: u64) -> f64 {
    const SCALE: f64 = 1.0 / (1u64 << 53) as f64;
    (bits >> 11) as f64 * SCALE
}

/// A triangular distribution from `low` through `likely` (its mode) to `high`, with the
/// differences and products its inverse CDF needs worked out once rather than at every
/// draw.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Triangle {
    low: f64,
    likely: f64,
    high: f64,
    /// high − low
    span: f64,
    /// likely − low
    rise: f64,
    /// high − likely
    fall: f64,
    /// span × rise
    left: f64,
    /// span × fall
    right: f64,
    /// 1 + fall / rise = span / rise (infinite or NaN when rise = 0, then unused)
    left_ratio: f64,
    /// 1 + rise / fall = span / fall (infinite or NaN when fall = 0, then unused)
    right_ratio: f64,
}

impl Triangle {
    /// Expects low ≤ likely ≤ high (what [`crate::check`] ensures).
    pub(crate) fn new(low: f64, likely: f64, high: f64) -> Self {
        let span = high - low;
        let rise = likely - low;
        let fall = high - likely;
        Triangle {
            low,
            likely,
            high,
            span,
            rise,
            fall,
            left: span * rise,
            right: span * fall,
            left_ratio: 1.0 + fall / rise,
            right_ratio: 1.0 + rise / fall,
        }
    }

    /// The inverse CDF at `u` in [0, 1):
    ///
    /// - below the mode, u < rise/span: low + √(u · span · rise),
    /// - from the mode up: high − √((1 − u) · span · fall).
    ///
    /// The two pieces meet at `likely` with the same slope. For a fixed u the value never
    /// falls when low, likely or high rises (raising any of them moves the whole CDF to
    /// the right). That is what makes common random numbers work: with the same seed, a
    /// higher cost estimate can only give a lower NPV, never a higher one by the luck of
    /// the draw.
    ///
    /// Rounding must not undo that, so each piece is computed in one of two equal forms.
    /// With s = √(u · span/rise), the fraction of the way from low up to likely, and
    /// t = √((1 − u) · span/fall), the fraction of the way from high down to likely:
    ///
    /// 1. s < ½: low + √(u · span · rise),
    /// 2. s ≥ ½: likely − rise · (1 − s),
    /// 3. t < ½: high − √((1 − u) · span · fall),
    /// 4. t ≥ ½: likely + fall · (1 − t),
    ///
    /// with span/rise computed as 1 + fall/rise and span/fall as 1 + rise/fall. In each
    /// form every parameter but one enters only through IEEE operations that each move
    /// the same way as the value, and rounding is monotone, so raising it can never lower
    /// the result. The one that pulls both ways is low in form 1, likely in 2 and 4, and
    /// high in 3, and exactly there the true value moves at least a quarter as fast as
    /// that parameter (1 − s ≥ ½ in form 1, s/2 ≥ ¼ in form 2, the same with t), so a
    /// raise larger than a few units in the last place always shows through the rounding.
    /// One form alone would not do: with likely = high and u within 10^−10 of 1, form 1
    /// moves a millionth as fast as low, and a raise of low by a krone came out one unit
    /// in the last place lower about once in a hundred such draws. What is left is a
    /// raise that carries u across the join, or s or t across ½, within a few units in
    /// the last place; 80 million adversarial trials (u near 0, 1, the join and the
    /// switch between forms; modes at and next to the ends; raises of 1 to 3 units of
    /// the amounts' scale) found none.
    ///
    /// Each piece is clamped to its side of `likely`, so where rounding near the join
    /// gives a value past it, the value stays on its own side of the mode and never
    /// leaves [low, high]. The degenerate shapes need only the one special case fall = 0:
    ///
    /// - low = high: the test `u · span < rise` is `0 < 0`, false, and fall = 0 gives
    ///   likely, which is low and high, exactly.
    /// - low = likely: rise = 0, always the upper piece (from likely up); its infinite
    ///   span/rise is never used.
    /// - likely = high: fall = 0, the lower piece for every u below 1 (likely itself if
    ///   u · span rounds up to span).
    pub(crate) fn at(&self, u: f64) -> f64 {
        if u * self.span < self.rise {
            let s = (u * self.left_ratio).sqrt();
            let x = if s < 0.5 {
                self.low + (u * self.left).sqrt()
            } else {
                self.likely - self.rise * (1.0 - s).max(0.0)
            };
            x.min(self.likely)
        } else if self.fall == 0.0 {
            self.likely
        } else {
            let v = 1.0 - u;
            let t = (v * self.right_ratio).sqrt();
            let x = if t < 0.5 {
                self.high - (v * self.right).sqrt()
            } else {
                self.likely + self.fall * (1.0 - t).max(0.0)
            };
            x.max(self.likely)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn uniforms_span_zero_to_just_below_one() {
        assert_eq!(uniform(0), 0.0);
        assert_eq!(uniform(u64::MAX), 1.0 - 2f64.powi(-53));
        assert_eq!(uniform(1 << 63), 0.5);
    }

    #[test]
    fn a_point_estimate_is_exact_at_every_u() {
        let t = Triangle::new(123.456, 123.456, 123.456);
        for u in [0.0, 0.3, 0.5, uniform(u64::MAX)] {
            assert_eq!(t.at(u).to_bits(), 123.456f64.to_bits());
        }
    }

    #[test]
    fn the_closed_forms_at_known_points() {
        // low 100, likely 200, high 600: the mode is at F = 0.2.
        let t = Triangle::new(100.0, 200.0, 600.0);
        assert_eq!(t.at(0.0), 100.0);
        assert!((t.at(0.1) - (100.0 + 5000f64.sqrt())).abs() < 1e-9);
        assert!((t.at(0.2) - 200.0).abs() < 1e-9);
        assert!((t.at(0.5) - (600.0 - 100_000f64.sqrt())).abs() < 1e-9);
        assert!((t.at(0.9) - (600.0 - 20_000f64.sqrt())).abs() < 1e-9);
    }

    #[test]
    fn degenerate_shapes() {
        // low = likely: every value is at or above it, the density falling to high.
        let t = Triangle::new(10.0, 10.0, 20.0);
        assert_eq!(t.at(0.0), 10.0);
        assert!((t.at(0.75) - 15.0).abs() < 1e-12);
        // likely = high: the density rising from low.
        let t = Triangle::new(10.0, 20.0, 20.0);
        assert_eq!(t.at(0.0), 10.0);
        assert!((t.at(0.25) - 15.0).abs() < 1e-12);
        assert!(t.at(uniform(u64::MAX)) <= 20.0);
    }

    /// A u within about 2 × 10^−10 of 0 or of 1, where a piece's slope in low or high is
    /// least and rounding most likely to show.
    fn near_zero() -> impl Strategy<Value = f64> {
        (0u64..2_000_000).prop_map(|k| uniform(k << 11))
    }

    fn near_one() -> impl Strategy<Value = f64> {
        (0u64..2_000_000).prop_map(|k| uniform(u64::MAX - (k << 11)))
    }

    fn u() -> impl Strategy<Value = f64> {
        prop_oneof![any::<u64>().prop_map(uniform), near_zero(), near_one()]
    }

    /// Three sorted amounts in whole kroner, often with the mode at one end, and a u.
    fn shape() -> impl Strategy<Value = ([f64; 3], f64)> {
        (prop::array::uniform3(0u32..1_000_000), 0u8..4, u()).prop_map(|(mut a, ends, u)| {
            a.sort_unstable();
            match ends {
                0 => a[1] = a[0],
                1 => a[1] = a[2],
                _ => {}
            }
            (a.map(f64::from), u)
        })
    }

    proptest! {
        // Cheap cases, and the rounding they look for needs a few coincidences at once.
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn stays_within_low_and_high(([a, c, b], u) in shape()) {
            let x = Triangle::new(a, c, b).at(u);
            prop_assert!(a <= x && x <= b, "{x} outside {a}..{b}");
        }

        #[test]
        fn never_falls_when_an_estimate_rises(
            ([a, c, b], u) in shape(),
            which in 0usize..3,
            // Small raises too: rounding can only beat a raise of a few kroner.
            raise in prop_oneof![1u32..4, 1u32..1_000_000],
        ) {
            let before = Triangle::new(a, c, b).at(u);
            let raise = f64::from(raise);
            // Raise one of the three, keeping low ≤ likely ≤ high.
            let (a2, c2, b2) = match which {
                0 => ((a + raise).min(c), c, b),
                1 => (a, (c + raise).min(b), b),
                _ => (a, c, b + raise),
            };
            let after = Triangle::new(a2, c2, b2).at(u);
            prop_assert!(after >= before, "{before} -> {after} at u = {u}");
        }

        /// The mode at high and u near 1: the value is high less a sliver, and raising low
        /// by a krone moves it by less than a unit in the last place (the single form
        /// low + √(u · span · rise) fails this about once in a hundred).
        #[test]
        fn a_small_raise_of_low_never_lowers_the_top(
            [a, b] in prop::array::uniform2(0u32..1_000_000),
            u in near_one(),
            raise in 1u32..4,
        ) {
            let (a, b) = (f64::from(a.min(b)), f64::from(a.max(b)));
            let raised = (a + f64::from(raise)).min(b);
            let (before, after) = (Triangle::new(a, b, b).at(u), Triangle::new(raised, b, b).at(u));
            prop_assert!(after >= before, "{a}..{b}: {before} -> {after} at u = {u}");
        }

        /// The mirror: the mode at low, u near 0, high raised by a krone.
        #[test]
        fn a_small_raise_of_high_never_lowers_the_bottom(
            [a, b] in prop::array::uniform2(0u32..1_000_000),
            u in near_zero(),
            raise in 1u32..4,
        ) {
            let (a, b) = (f64::from(a.min(b)), f64::from(a.max(b)));
            let raised = b + f64::from(raise);
            let (before, after) = (Triangle::new(a, a, b).at(u), Triangle::new(a, a, raised).at(u));
            prop_assert!(after >= before, "{a}..{b}: {before} -> {after} at u = {u}");
        }
    }
}
