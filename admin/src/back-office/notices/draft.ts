import { createSignal } from 'solid-js';
import type { NoticeInput } from '../../lib/notices-client';

/** The note a screen leaves for the list it returns to (已發送 …). */
export const [flash, setFlash] = createSignal('');
/** N-05 複製: the draft the compose screen starts from (taken once). */
export const [copied, setCopied] = createSignal<NoticeInput | null>(null);
