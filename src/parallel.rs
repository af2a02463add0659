//! naskh's own thread pool for batch work (the CLI and the Python `*_batch` functions).
//!
//! Why not rayon's global pool: engines such as Spark, Dask and `multiprocessing` *fork* worker
//! processes. A forked child has the parent's memory but none of its threads, so a pool created
//! before the fork would wait forever for workers that do not exist. This pool remembers the
//! process id it was built in and builds a fresh one when it finds itself in a different process.
//!
//! Its size is `NASKH_NUM_THREADS` when set to a positive integer (recommend `1` inside engine
//! workers, which already run one process per core), otherwise the number of available cores.

use std::sync::{Arc, Mutex};

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
