import { createContext, type ReactNode, useContext } from "react";

export interface FlashMessage {
  id: string;
  type: "success" | "error" | "info" | "warning";
  content: ReactNode;
}

/** Shows a message in the page's notification bar. */
export const FlashContext = createContext<(message: FlashMessage) => void>(() => undefined);
export const useNotify = () => useContext(FlashContext);
