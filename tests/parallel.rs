//! The batch thread pool keeps order and honours NASKH_NUM_THREADS.

#[test]
fn map_keeps_order() {
    let items: Vec<u64> = (0..10_000).collect();
    let out = naskh::parallel::map(&items, |x| x * 2);
    assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
}

#[test]
fn thread_count_from_environment() {
    // One test touches the variable, so no other test races with it.
    std::env::set_var("NASKH_NUM_THREADS", "3");
    assert_eq!(naskh::parallel::num_threads(), 3);
    std::env::set_var("NASKH_NUM_THREADS", "0");
    assert!(naskh::parallel::num_threads() >= 1);
    std::env::set_var("NASKH_NUM_THREADS", "lots");
    assert!(naskh::parallel::num_threads() >= 1);
    std::env::set_var("NASKH_NUM_THREADS", "1");
    let items: Vec<u32> = (0..100).collect();
    let names = naskh::parallel::map(&items, |_| std::thread::current().name().map(str::to_owned));
    assert!(names
        .iter()
        .all(|n| n.as_deref() != Some("naskh-0") || n.is_none()));
    std::env::remove_var("NASKH_NUM_THREADS");
}

/// Runs `map_ordered` over `n` chunks of numbers (chunk `k` is `k*10 .. k*10+10`), each
/// summed by `work`; `fail_read_at`/`fail_consume_at` make the reading or the consumer fail
/// at that chunk. Returns the result, the sums handed on, how many chunks were worked on and
/// how many times `detached` ran.
fn ordered(
    n: u64,
    fail_read_at: Option<u64>,
    fail_consume_at: Option<usize>,
) -> (Result<(), String>, Vec<u64>, usize, usize) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let worked = AtomicUsize::new(0);
    let detached = AtomicUsize::new(0);
    let mut sums = Vec::new();
    let chunks = (0..n).map(|k| {
        if Some(k) == fail_read_at {
            Err(format!("bad chunk {k}"))
        } else {
            Ok((k * 10..k * 10 + 10).collect::<Vec<u64>>())
        }
    });
    let result = naskh::parallel::map_ordered(
        chunks,
        |chunk: Vec<u64>| {
            worked.fetch_add(1, Ordering::SeqCst);
            // Uneven work, so chunks finish out of order.
            let spin = (chunk[0] * 7919) % 50_000;
            (0..spin).fold(0u64, |a, b| a.wrapping_add(std::hint::black_box(b)));
            chunk.iter().sum::<u64>()
        },
        |f| {
            detached.fetch_add(1, Ordering::SeqCst);
            f();
        },
        |sum| {
            if Some(sums.len()) == fail_consume_at {
                return Err(format!("consumer failed at {}", sums.len()));
            }
            sums.push(sum);
            Ok(())
        },
    );
    (
        result,
        sums,
        worked.load(Ordering::SeqCst),
        detached.load(Ordering::SeqCst),
    )
}

fn sums(n: u64) -> Vec<u64> {
    (0..n).map(|k| (k * 10..k * 10 + 10).sum()).collect()
}

#[test]
fn map_ordered_hands_on_every_chunk_once_in_order() {
    for n in [0, 1, 2, 7, 500] {
        let (result, got, worked, _) = ordered(n, None, None);
        assert_eq!(result, Ok(()));
        assert_eq!(got, sums(n), "{n} chunks");
        assert_eq!(worked, n as usize);
    }
}

#[test]
fn map_ordered_stops_at_the_first_error() {
    // Reading fails at chunk 40: the chunks before it are read, none after; the error comes
    // back and nothing is handed on after it.
    let (result, got, worked, _) = ordered(100, Some(40), None);
    assert_eq!(result, Err("bad chunk 40".to_string()));
    assert!(got.len() <= 40 && got == sums(got.len() as u64));
    assert!(worked <= 40, "worked on {worked} chunks");
    // The consumer fails at chunk 5: chunks 0..5 were handed on, the rest not.
    let (result, got, _, _) = ordered(100, None, Some(5));
    assert_eq!(result, Err("consumer failed at 5".to_string()));
    assert_eq!(got, sums(5));
}

#[test]
fn map_ordered_raises_a_panic_of_the_work_on_the_calling_thread() {
    let chunks = (0..64u32).map(Ok::<u32, ()>);
    let caught = std::panic::catch_unwind(|| {
        naskh::parallel::map_ordered(
            chunks,
            |k| assert_ne!(k, 33, "chunk 33 fails"),
            |f| f(),
            |()| Ok(()),
        )
    });
    let payload = caught.expect_err("the panic reaches the caller");
    let message = payload
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(message.contains("chunk 33 fails"), "{message}");
    // The pool still works afterwards.
    assert_eq!(ordered(10, None, None).1, sums(10));
}

#[test]
fn map_ordered_runs_work_on_the_calling_thread_only_inside_detached() {
    // The Python layer releases the GIL in `detached`: a chunk the calling thread runs must run
    // there, and a pool thread must never call it.
    use std::cell::Cell;
    use std::sync::atomic::{AtomicUsize, Ordering};
    thread_local!(static INSIDE: Cell<bool> = const { Cell::new(false) });
    let caller = std::thread::current().id();
    let (outside, on_caller) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut got = Vec::new();
    let result = naskh::parallel::map_ordered(
        (0..200u64).map(Ok::<u64, ()>),
        |k| {
            if std::thread::current().id() == caller {
                on_caller.fetch_add(1, Ordering::SeqCst);
                if !INSIDE.with(Cell::get) {
                    outside.fetch_add(1, Ordering::SeqCst);
                }
            }
            (0..(k % 7) * 20_000).fold(k, |a, b| a.wrapping_add(std::hint::black_box(b)))
        },
        |f| {
            assert_eq!(std::thread::current().id(), caller);
            INSIDE.with(|i| i.set(true));
            f();
            INSIDE.with(|i| i.set(false));
        },
        |r| {
            got.push(r);
            Ok(())
        },
    );
    assert_eq!(result, Ok(()));
    assert_eq!(got.len(), 200);
    assert_eq!(outside.load(Ordering::SeqCst), 0);
    if naskh::parallel::num_threads() == 1 {
        assert_eq!(on_caller.load(Ordering::SeqCst), 200);
    }
}
