//! # naskh — clean mixed Persian, Arabic and English text
//!
//! Text scraped from Persian and Arabic news sites is rarely in one language: an English article
//! sits beside a Persian footer (`کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵`), an Arabic quote
//! sits inside a Persian sentence, and digits come in three alphabets. naskh takes such text
//! apart and puts it back together cleanly.
//!
//! ## Overview
//!
//! | module | what it does |
//! |---|---|
//! | [`digits`] | Persian ۰-۹, Arabic-Indic ٠-٩ and ASCII digits, both ways, without allocating when nothing changes |
//! | [`lang`] | which words are Persian, Arabic, English, other scripts or neutral: lossless spans from an embedded word model with context (Viterbi) |
//! | [`calendar`] | exact Solar Hijri (Jalali) ↔ Gregorian dates for years 1..=3000 AP, month names; lunar Hijri (Umm al-Qura) dates |
//! | [`normalize`] | language-aware normalization (Persian rules on Persian spans, Arabic on Arabic, English untouched), idempotent, with offsets |
//! | [`dates`] | find Solar Hijri dates in text (Iranian, Afghan and English month names, numeric, ranges, times), Gregorian and lunar Hijri ones on request, the page's publication date; rewrite them |
//! | [`clean`](mod@clean) | the whole pipeline for one page: normalize, separate the languages, find and convert the dates |
//! | [`parallel`] | naskh's fork-aware thread pool for batches (`NASKH_NUM_THREADS`) |
//!
//! Every function takes `&str` and never panics on any input; fallible ones return
//! [`Result`] with the crate's one [`Error`] enum.
//!
//! ## Usage
//!
//! ```
//! use naskh::digits;
//!
//! let footer = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵";
//! assert_eq!(digits::to_ascii(footer), "کد خبر: 726815 | 11 شهريور 1396 - 21:55");
//! assert_eq!(digits::to_persian("Room 101"), "Room ۱۰۱");
//! # Ok::<(), naskh::Error>(())
//! ```
//!
//! ## Crate features
//!
//! * `cli`: the `naskh` command-line tool (`cargo install naskh --features cli`). Off by
//!   default, so a library user compiles none of its dependencies (clap, indicatif, glob,
//!   serde_json).
//! * `python`: the pyo3 bindings used to build the `naskh` Python wheel. Off by default, so
//!   `cargo test` and `cargo doc` need no Python.
//!
//! ## Untrusted input
//!
//! All text functions accept any `&str` and run in time linear in its length.

#![cfg_attr(not(feature = "python"), forbid(unsafe_code))]
// The Python extension's one `unsafe`: it sets an option of its allocator (`src/python/mod.rs`).
#![cfg_attr(feature = "python", deny(unsafe_code))]
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod calendar;
#[cfg(any(feature = "serde", feature = "python"))]
mod char_index;
pub mod clean;
pub mod dates;
pub mod digits;
mod error;
pub mod lang;
pub mod normalize;
pub mod parallel;
mod text;

#[cfg(feature = "cli")]
pub mod cli;

#[cfg(feature = "python")]
mod python;

pub use clean::{clean, CleanOptions, Document};
pub use error::{DateField, Error, Result};

/// The crate version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's Rust examples, compiled and run as doctests so they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
