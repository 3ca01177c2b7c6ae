"""The lab's benchmark (`make bench`) and resilience drill (`make resilience`)."""
