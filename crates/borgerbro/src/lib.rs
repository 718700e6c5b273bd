//! Borgerbro: digital contact with the public sector that includes everyone.
//! See `DESIGN.md` for the modules and the decisions behind them.

pub mod assess;
pub mod audit;
pub mod auth;
pub mod bookings;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod files;
pub mod forms;
pub mod fuzzing;
pub mod help;
pub mod i18n;
pub mod idempotency;
pub mod insight;
pub mod mandates;
pub mod mydata;
pub mod network;
pub mod people;
pub mod phone;
pub mod post;
pub mod router;
pub mod startup;
pub mod state;
pub mod textcheck;
pub mod web;
