//! A clock for autosave and for watching the archive folder.
//!
//! iced's own `time::every` needs the tokio or smol executor; the window runs on the
//! default thread pool, so a small thread sleeps and sends instead. It stops by itself when
//! the subscription ends and the receiving stream is dropped.

use std::time::{Duration, Instant};

use iced::Subscription;
use iced::futures::Stream;
use iced::futures::channel::mpsc;

pub fn every(period: Duration) -> Subscription<Instant> {
    Subscription::run_with(period, ticks)
}

fn ticks(period: &Duration) -> impl Stream<Item = Instant> + use<> {
    let (mut sender, receiver) = mpsc::channel(1);
    let period = *period;
    let spawned = std::thread::Builder::new()
        .name("pressdesk-ticker".into())
        .spawn(move || {
            loop {
                std::thread::sleep(period);
                if let Err(error) = sender.try_send(Instant::now())
                    && error.is_disconnected()
                {
                    break;
                }
            }
        });
    // Without a thread there are no ticks: autosave and watching stop, editing goes on.
    if let Err(error) = spawned {
        eprintln!("pressdesk: no autosave clock: {error}");
    }
    receiver
}
