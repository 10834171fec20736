import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { type FormEvent, type ReactNode, useId } from 'react';

/**
 * A small form in a dialog: a title, its fields, Cancel and a confirm button. Without a
 * `confirmLabel` it only informs, and has one button: Close.
 */
export function ActionDialog(props: {
  open: boolean;
  title: string;
  confirmLabel?: string;
  /** False keeps the confirm button disabled (e.g. until "cannot be undone" is ticked). */
  ready?: boolean;
  pending?: boolean;
  danger?: boolean;
  onClose: () => void;
  onConfirm: () => void;
  children?: ReactNode;
}) {
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.confirmLabel) props.onConfirm();
    else props.onClose();
  };
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth={props.confirmLabel ? 'sm' : 'md'}
    >
      <form onSubmit={submit}>
        <DialogTitle id={titleId}>{props.title}</DialogTitle>
        <DialogContent>{props.children}</DialogContent>
        <DialogActions>
          {props.confirmLabel ? (
            <>
              <Button onClick={props.onClose}>Cancel</Button>
              <Button
                type="submit"
                variant="contained"
                color={props.danger ? 'error' : 'primary'}
                disabled={props.pending || props.ready === false}
              >
                {props.confirmLabel}
              </Button>
            </>
          ) : (
            <Button type="submit" variant="contained">
              Close
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
