//go:build webkit2_41 && !legacy_appindicator

// One trampoline per GUI function (symbols_linux_amd64.h). Each jumps through its own slot;
// a slot first holds the address of the trampoline's binder entry, which hands the slot to
// joblink_gui_bind_slot (load_linux_amd64.c: dlopen + dlsym of every slot) and then continues
// the interrupted call with the caller's arguments untouched. The trampolines are hidden:
// the libraries, once loaded, must bind to their own functions, never back to these.

#define SYM(name) \
	.data 0; .balign 8; joblink_gui_slot_##name: .quad joblink_gui_first_##name; \
	.data 1; .quad joblink_gui_slot_##name, joblink_gui_name_##name; \
	.section .rodata; joblink_gui_name_##name: .asciz #name; \
	.text; .globl name; .hidden name; .type name, @function; \
	name: jmp *joblink_gui_slot_##name(%rip); \
	joblink_gui_first_##name: lea joblink_gui_slot_##name(%rip), %r11; jmp joblink_gui_bind;

	.data 1
	.balign 8
	.globl joblink_gui_table
	.hidden joblink_gui_table
joblink_gui_table:

#include "symbols_linux_amd64.h"

	.data 1
	.globl joblink_gui_table_end
	.hidden joblink_gui_table_end
joblink_gui_table_end:

// Entered by jmp from a first-call entry with %r11 = the slot, and the stack as the caller of
// the GUI function left it (%rsp = 8 mod 16). Saves every argument register of the SysV ABI,
// including %rax (vector-register count of a variadic call) and %xmm0-7.
	.text
	.type joblink_gui_bind, @function
joblink_gui_bind:
	push %rbp
	mov %rsp, %rbp
	push %r11
	push %rdi
	push %rsi
	push %rdx
	push %rcx
	push %r8
	push %r9
	push %rax
	sub $128, %rsp
	movdqu %xmm0, 0(%rsp)
	movdqu %xmm1, 16(%rsp)
	movdqu %xmm2, 32(%rsp)
	movdqu %xmm3, 48(%rsp)
	movdqu %xmm4, 64(%rsp)
	movdqu %xmm5, 80(%rsp)
	movdqu %xmm6, 96(%rsp)
	movdqu %xmm7, 112(%rsp)
	mov %r11, %rdi
	call joblink_gui_bind_slot
	movdqu 0(%rsp), %xmm0
	movdqu 16(%rsp), %xmm1
	movdqu 32(%rsp), %xmm2
	movdqu 48(%rsp), %xmm3
	movdqu 64(%rsp), %xmm4
	movdqu 80(%rsp), %xmm5
	movdqu 96(%rsp), %xmm6
	movdqu 112(%rsp), %xmm7
	add $128, %rsp
	pop %rax
	pop %r9
	pop %r8
	pop %rcx
	pop %rdx
	pop %rsi
	pop %rdi
	pop %r11
	pop %rbp
	jmp *(%r11)
	.size joblink_gui_bind, .-joblink_gui_bind

	.section .note.GNU-stack,"",@progbits
