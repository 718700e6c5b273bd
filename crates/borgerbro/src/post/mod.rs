//! Digital post that never goes silently unread: letters, their deadlines and the
//! escalations that reach a citizen another way.

pub mod model;
