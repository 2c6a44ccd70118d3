//! The global allocator: mimalloc, asked for plain blocks when the type's
//! alignment is one every block has.
//!
//! `mimalloc::MiMalloc` asks `mi_malloc_aligned` for every allocation, whose
//! alignment checks cost about a fifth of an allocation; nearly all of
//! spotter's (strings, the tree's lists) need no more than 8 bytes, which
//! every mimalloc block has (block sizes are multiples of 8).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// What every block of `mi_malloc` is aligned to.
const BLOCK_ALIGN: usize = 8;

pub struct MiMalloc;

// SAFETY: each method hands the request to mimalloc, which returns null or a
// block of at least `layout.size()` bytes; a block from `mi_malloc`,
// `mi_zalloc` or `mi_realloc` is aligned to `BLOCK_ALIGN`, so those serve
// only layouts that need no more; `mi_free` frees a block of any of them.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                libmimalloc_sys::mi_malloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                libmimalloc_sys::mi_zalloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                libmimalloc_sys::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                libmimalloc_sys::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align())
                    .cast()
            }
        }
    }
}
