//! How many requests one client may make: logins, wrong API keys, the API per key and
//! the forms anyone can send without login. Each limit counts what the client itself
//! spends (its own address, its own key), never something a stranger can name, such
//! as a citizen's phone number, so no one can spend a limit on someone else's behalf.
//!
//! The counting is `governor`'s (GCRA, a key a client), in memory, on the application's
//! clock. In memory: a limit is a brake on one server's load and on guessing, not a
//! record; with several servers each counts its own. On the application's clock: a
//! test's fixed clock never gives a spent limit back, so a test asserts on counts, not
//! on timing.

use std::hash::Hash;
use std::net::IpAddr;
use std::time::Duration;

use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use super::{AppError, Page};
use crate::clock::Clock;
use crate::config::Limits;
use crate::forms::FormErrors;

/// The application's clock as governor reads it: the time since 1970.
#[derive(Clone)]
pub(crate) struct LimitClock(Clock);

impl governor::clock::Clock for LimitClock {
    type Instant = Duration;

    fn now(&self) -> Duration {
        let nanos = self.0.now().as_nanosecond();
        Duration::from_nanos(u64::try_from(nanos).unwrap_or_default())
    }
}

type Keyed<K> = RateLimiter<K, DashMapStateStore<K>, LimitClock, NoOpMiddleware<Duration>>;

/// One limit, counted per key.
pub struct Limit<K: Hash + Eq + Clone> {
    limiter: Keyed<K>,
    clock: LimitClock,
}

impl<K: Hash + Eq + Clone> Limit<K> {
    fn new(quota: Quota, clock: &LimitClock) -> Self {
        Self {
            limiter: RateLimiter::dashmap_with_clock(quota, clock.clone()),
            clock: clock.clone(),
        }
    }

    /// Counts one more for `key`; past the limit, how long until the next is allowed
    /// (and nothing is counted).
    pub(crate) fn try_spend(&self, key: &K) -> Result<(), Duration> {
        self.limiter.check_key(key).map_err(|not_until| {
            use governor::clock::Clock as _;
            not_until.wait_time_from(self.clock.now())
        })
    }

    /// As `try_spend`, past the limit an error page or problem document (429).
    pub(crate) fn spend(&self, key: &K) -> Result<(), AppError> {
        self.try_spend(key).map_err(AppError::TooMany)
    }

    /// Forgets the keys that have their whole limit back.
    fn forget_recovered(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }
}

/// Every limit of the application.
pub struct Limiters {
    /// Logins begun and OIDC answers, per client address.
    pub login: Limit<IpAddr>,
    /// Wrong or revoked API keys, per client address.
    pub wrong_api_key: Limit<IpAddr>,
    /// API requests, per key id.
    pub api: Limit<String>,
    /// Call-backs asked for without login, per client address.
    pub callback: Limit<IpAddr>,
    /// "Var det let?" answers, per client address.
    pub feedback: Limit<IpAddr>,
    /// Answers to hearings, from the page and the API, per client address.
    pub hearing: Limit<IpAddr>,
}

impl Limiters {
    pub(crate) fn new(limits: &Limits, clock: Clock) -> Self {
        let clock = LimitClock(clock);
        Self {
            login: Limit::new(Quota::per_minute(limits.logins_per_minute), &clock),
            wrong_api_key: Limit::new(Quota::per_hour(limits.wrong_api_keys_per_hour), &clock),
            api: Limit::new(Quota::per_minute(limits.api_per_minute), &clock),
            callback: Limit::new(Quota::per_hour(limits.callbacks_per_hour), &clock),
            feedback: Limit::new(Quota::per_hour(limits.feedback_per_hour), &clock),
            hearing: Limit::new(Quota::per_hour(limits.hearing_answers_per_hour), &clock),
        }
    }

    /// Lets go of the clients that have their limits back, so memory follows the
    /// clients of the last hour, not every client ever seen. Run by the sweep.
    pub(crate) fn forget_recovered(&self) {
        self.login.forget_recovered();
        self.wrong_api_key.forget_recovered();
        self.api.forget_recovered();
        self.callback.forget_recovered();
        self.feedback.forget_recovered();
        self.hearing.forget_recovered();
    }
}

impl std::fmt::Debug for Limiters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Limiters")
    }
}

/// A form sent past its limit comes back as it was typed, answered 429 with
/// `Retry-After`, and `field` says when to try again (`form-too-many`). Answers the
/// errors for the form's page, which `page` now renders with that time.
pub(crate) fn refuse_form(
    page: &mut Page,
    clock: &Clock,
    wait: Duration,
    field: &'static str,
) -> (FormErrors, RetryAfter) {
    let secs = retry_after_secs(wait);
    page.retry_at = Some(super::error::retry_time(clock, secs));
    let mut errors = FormErrors::default();
    errors.add(field, "form-too-many");
    (errors, RetryAfter(secs))
}

/// The answer to a form refused by `refuse_form`: 429 and `Retry-After`.
pub(crate) struct RetryAfter(u64);

impl RetryAfter {
    pub(crate) fn respond(self, html: Html<String>) -> Response {
        let mut response = (StatusCode::TOO_MANY_REQUESTS, html).into_response();
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(self.0));
        response
    }
}

/// The whole seconds a client is told to wait (`Retry-After`): rounded up, at least one.
pub(crate) fn retry_after_secs(wait: Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::num::NonZeroU32;
    use std::sync::{Arc, Mutex};

    /// A clock the test moves by hand.
    fn moving_clock() -> (Clock, Arc<Mutex<jiff::Timestamp>>) {
        let now = Arc::new(Mutex::new(
            "2026-12-01T09:00:00Z".parse::<jiff::Timestamp>().unwrap(),
        ));
        let read = now.clone();
        (Clock::from_fn(move || *read.lock().unwrap()), now)
    }

    fn limits(callbacks: u32) -> Limits {
        Limits {
            callbacks_per_hour: NonZeroU32::new(callbacks).unwrap(),
            ..Limits::default()
        }
    }

    #[test]
    fn a_client_gets_its_number_and_then_waits_for_the_next() {
        let (clock, now) = moving_clock();
        let limiters = Limiters::new(&limits(3), clock);
        let (one, two): (IpAddr, IpAddr) = (
            "203.0.113.7".parse().unwrap(),
            "198.51.100.1".parse().unwrap(),
        );
        for _ in 0..3 {
            limiters.callback.spend(&one).unwrap();
        }
        let Err(AppError::TooMany(wait)) = limiters.callback.spend(&one) else {
            panic!("the fourth call-back in an hour is refused");
        };
        // Three an hour: one comes back every 20 minutes.
        assert_eq!(wait, Duration::from_secs(20 * 60));
        assert_eq!(retry_after_secs(wait), 1200);
        // Another client is not touched.
        limiters.callback.spend(&two).unwrap();
        // Ten minutes on, still ten to wait; twenty on, one more.
        *now.lock().unwrap() += jiff::SignedDuration::from_mins(10);
        let Err(AppError::TooMany(wait)) = limiters.callback.spend(&one) else {
            panic!("not yet");
        };
        assert_eq!(wait, Duration::from_secs(10 * 60));
        *now.lock().unwrap() += jiff::SignedDuration::from_mins(10);
        limiters.callback.spend(&one).unwrap();
        assert!(limiters.callback.spend(&one).is_err());
    }

    #[test]
    fn clients_with_their_limit_back_are_forgotten() {
        let (clock, now) = moving_clock();
        let limiters = Limiters::new(&limits(3), clock);
        let one: IpAddr = "203.0.113.7".parse().unwrap();
        limiters.callback.spend(&one).unwrap();
        limiters.forget_recovered();
        assert_eq!(limiters.callback.limiter.len(), 1, "still counted");
        // Governor forgets a key one interval (20 minutes) after it is whole again.
        *now.lock().unwrap() += jiff::SignedDuration::from_mins(39);
        limiters.forget_recovered();
        assert_eq!(limiters.callback.limiter.len(), 1);
        *now.lock().unwrap() += jiff::SignedDuration::from_mins(2);
        limiters.forget_recovered();
        assert_eq!(limiters.callback.limiter.len(), 0);
    }

    #[test]
    fn a_wait_is_told_in_whole_seconds_rounded_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(61_001)), 62);
    }
}
