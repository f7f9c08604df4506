import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the browser's own `<dialog>`: it takes focus when it opens, keeps it inside, closes on Esc or a
 * click on the backdrop, and gives focus back to where it was.
 *
 * @example
 * {open && <Dialog labelledBy="new-title" onClose={() => setOpen(false)}><h2 id="new-title">Nieuw</h2>…</Dialog>}
 */
export function Dialog({
  labelledBy,
  onClose,
  alert = false,
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  /** An alert dialog (something went wrong), read out as such. */
  alert?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = window.document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.close();
      before?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="editor-dialog"
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself; clicks inside land on its content.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="editor-dialog__box">{children}</div>
    </dialog>
  );
}
