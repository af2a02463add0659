//! naskh's own thread pool for batch work (the CLI and the Python `*_batch` functions).
//!
//! Why not rayon's global pool: engines such as Spark, Dask and `multiprocessing` *fork* worker
//! processes. A forked child has the parent's memory but none of its threads, so a pool created
//! before the fork would wait forever for workers that do not exist. This pool remembers the
//! process id it was built in and builds a fresh one when it finds itself in a different process.
//!
//! Its size is `NASKH_NUM_THREADS` when set to a positive integer (recommend `1` inside engine
//! workers, which already run one process per core), otherwise the number of available cores.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

use rayon::prelude::*;

static POOL: Mutex<Option<(u32, Arc<rayon::ThreadPool>)>> = Mutex::new(None);

/// The number of threads batch work uses: `NASKH_NUM_THREADS` if it is a positive integer,
/// otherwise the number of available cores.
pub fn num_threads() -> usize {
    std::env::var("NASKH_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

fn pool() -> Option<Arc<rayon::ThreadPool>> {
    let pid = std::process::id();
    let mut guard = POOL.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((owner, pool)) = guard.as_ref() {
        if *owner == pid {
            return Some(Arc::clone(pool));
        }
    }
    // Built in another process (we were forked): its threads are gone. Never drop it here —
    // dropping would signal threads that do not exist in this process — just forget it.
    if let Some(stale) = guard.take() {
        std::mem::forget(stale);
    }
    let pool = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(num_threads())
            .thread_name(|i| format!("naskh-{i}"))
            .build()
            .ok()?,
    );
    *guard = Some((pid, Arc::clone(&pool)));
    Some(pool)
}

/// Applies `f` to every item in parallel, keeping the order. With one thread configured (or if
/// no pool could be built) it runs on the calling thread.
pub fn map<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    if items.len() < 2 || num_threads() == 1 {
        return items.iter().map(f).collect();
    }
    match pool() {
        Some(pool) => pool.install(|| items.par_iter().map(f).collect()),
        None => items.iter().map(f).collect(),
    }
}

/// Runs `work` on every chunk `chunks` yields and hands each chunk's result to `consume` on
/// the calling thread, in order, as soon as it is ready — so the caller's own work on the
/// finished chunks (building Python objects, say) overlaps the work on the next ones.
///
/// The calling thread reads every chunk first (the pool's threads start on the first ones
/// meanwhile), then hands on each result that is ready, and when none is, runs the oldest
/// chunk nobody has taken itself. So with `n` threads configured, `n - 1` threads of the pool
/// and the calling thread share the work and no core is left to a thread that only waits; with
/// one thread (or if no pool could be built) the calling thread does it all.
///
/// `detached` runs its argument once, for each chunk the calling thread runs and each wait for
/// the pool (the Python layer releases the GIL there). The first error of `chunks` or
/// `consume` stops the run: no chunk is read or started after it, the chunks already running
/// are waited for, and the error is returned. A panic in `work` is raised again on the calling
/// thread.
///
/// ```
/// // Lines in chunks of two; the results come back in input order.
/// let lines = ["۱۴۰۲", "٢٠٢٣", "sin", "۷ تیر", "12"];
/// let mut out = Vec::new();
/// naskh::parallel::map_ordered(
///     lines.chunks(2).map(Ok::<_, ()>),
///     |chunk: &[&str]| chunk.iter().map(|l| naskh::digits::to_ascii(l).into_owned()).collect::<Vec<_>>(),
///     |run| run(), // the Python layer releases the GIL here
///     |done| {
///         out.extend(done);
///         Ok(())
///     },
/// )?;
/// assert_eq!(out, ["1402", "2023", "sin", "7 تیر", "12"]);
/// # Ok::<(), ()>(())
/// ```
pub fn map_ordered<C, R, E>(
    chunks: impl IntoIterator<Item = Result<C, E>>,
    work: impl Fn(C) -> R + Sync,
    detached: impl Fn(&(dyn Fn() + Sync)),
    consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    C: Send,
    R: Send,
{
    let threads = num_threads();
    let pool = if threads > 1 { pool() } else { None };
    let board = Board {
        state: Mutex::new(State {
            queue: VecDeque::new(),
            slots: Vec::new(),
            reading: true,
        }),
        changed: Condvar::new(),
    };
    let run = || lead(&board, chunks, &work, &detached, consume);
    match pool {
        Some(pool) => pool.in_place_scope(|scope| {
            for _ in 1..threads {
                scope.spawn(|_| help(&board, &work));
            }
            run()
        }),
        None => run(),
    }
}

/// The calling thread's part of [`map_ordered`].
fn lead<C, R, E>(
    board: &Board<C, R>,
    chunks: impl IntoIterator<Item = Result<C, E>>,
    work: &(impl Fn(C) -> R + Sync),
    detached: &impl Fn(&(dyn Fn() + Sync)),
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    C: Send,
    R: Send,
{
    // However this ends (an error, a panic), the helpers stop taking chunks and return.
    let _stop = Stop(board);
    let mut read = 0;
    for chunk in chunks {
        let chunk = chunk?;
        lock(&board.state).queue.push_back((read, chunk));
        read += 1;
        board.changed.notify_one();
    }
    lock(&board.state).reading = false;
    board.changed.notify_all();
    for next in 0..read {
        let out = loop {
            if let Some(out) = board.take(next) {
                break out;
            }
            let job = lock(&board.state).claim();
            match job {
                Some((k, chunk)) => {
                    let chunk = Mutex::new(Some(chunk));
                    detached(&|| {
                        if let Some(chunk) = lock(&chunk).take() {
                            board.finish(k, catch(|| work(chunk)));
                        }
                    });
                }
                None => detached(&|| board.wait_until(|s| s.done(next))),
            }
        };
        consume(out.unwrap_or_else(|payload| std::panic::resume_unwind(payload)))?;
    }
    Ok(())
}

/// A pool thread's part of [`map_ordered`]: runs the oldest chunk nobody has taken until none
/// is left to read.
fn help<C: Send, R: Send>(board: &Board<C, R>, work: &(impl Fn(C) -> R + Sync)) {
    loop {
        let job = {
            let mut state = lock(&board.state);
            loop {
                if let Some(job) = state.claim() {
                    break Some(job);
                }
                if !state.reading {
                    break None;
                }
                state = board
                    .changed
                    .wait(state)
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
            }
        };
        let Some((k, chunk)) = job else {
            return;
        };
        board.finish(k, catch(|| work(chunk)));
    }
}

/// What the threads of one [`map_ordered`] share.
struct Board<C, R> {
    state: Mutex<State<C, R>>,
    /// Signalled when a chunk is queued, a chunk is done, or the reading ends.
    changed: Condvar,
}

struct State<C, R> {
    /// The chunks read and not taken yet, with their index, oldest first.
    queue: VecDeque<(usize, C)>,
    /// Each taken chunk's result: `None` until it is done, and again once it is handed on.
    slots: Vec<Option<std::thread::Result<R>>>,
    /// Whether more chunks may be queued.
    reading: bool,
}

impl<C, R> State<C, R> {
    /// Takes the oldest queued chunk.
    fn claim(&mut self) -> Option<(usize, C)> {
        let (k, chunk) = self.queue.pop_front()?;
        if self.slots.len() <= k {
            self.slots.resize_with(k + 1, || None);
        }
        Some((k, chunk))
    }

    /// Whether chunk `k`, taken or queued and not handed on yet, is done.
    fn done(&self, k: usize) -> bool {
        self.slots.get(k).is_some_and(Option::is_some)
    }
}

impl<C, R> Board<C, R> {
    fn finish(&self, k: usize, out: std::thread::Result<R>) {
        let mut state = lock(&self.state);
        if let Some(slot) = state.slots.get_mut(k) {
            *slot = Some(out);
        }
        drop(state);
        self.changed.notify_all();
    }

    /// Chunk `k`'s result, if it is done (and not handed on yet).
    fn take(&self, k: usize) -> Option<std::thread::Result<R>> {
        lock(&self.state).slots.get_mut(k).and_then(Option::take)
    }

    /// Returns once `done` holds.
    fn wait_until(&self, done: impl Fn(&State<C, R>) -> bool) {
        let mut state = lock(&self.state);
        while !done(&state) {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }
}

/// Ends a [`map_ordered`] run when dropped: the queue is emptied (no chunk starts after an
/// error or a panic) and the helpers, seeing nothing left to read, return.
struct Stop<'a, C, R>(&'a Board<C, R>);

impl<C, R> Drop for Stop<'_, C, R> {
    fn drop(&mut self) {
        let mut state = lock(&self.0.state);
        state.queue.clear();
        state.reading = false;
        drop(state);
        self.0.changed.notify_all();
    }
}

fn catch<R>(f: impl FnOnce() -> R) -> std::thread::Result<R> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
