// Shared helpers for every scenario. INCLUDE it once, at the top of main.ink.
// Hidden variables live in 0..100; always change them through shift() so they stay there.

=== function shift(ref variable, delta)
~ variable = MAX(0, MIN(100, variable + delta))
