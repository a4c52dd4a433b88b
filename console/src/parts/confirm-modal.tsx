import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ReactNode } from "react";
import { useI18n } from "../i18n";

/**
 * The console's one dialog that asks before acting: a header, what will happen (the
 * children), "Cancel" and the confirming button, which shows the call in flight.
 */
export function ConfirmModal(props: {
  header: ReactNode;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  busy?: boolean;
  visible?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      visible={props.visible ?? true}
      onDismiss={props.onCancel}
      closeAriaLabel={t("dismiss")}
      header={props.header}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={props.onCancel}>
              {t("cancel")}
            </Button>
            <Button variant="primary" loading={props.busy} onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {props.children}
    </Modal>
  );
}
