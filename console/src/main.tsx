import "@cloudscape-design/global-styles/index.css";
// No word breaks inside table headers, status texts and buttons (after the Cloudscape styles).
import "./whole-words.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";

const root = document.getElementById("root");
if (!root) throw new Error("no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
