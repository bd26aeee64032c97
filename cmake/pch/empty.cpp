// The translation unit that compiles a precompiled-header provider (HoldfastPrecompiledHeaders.cmake).
