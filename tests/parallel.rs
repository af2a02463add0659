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
