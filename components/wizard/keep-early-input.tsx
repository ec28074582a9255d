"use client";

// A full page load shows the step's server-rendered form before its JavaScript has run. What
// the admin types or picks in that moment is in the DOM but React never saw it: without this,
// the draft (and so the autosave) would miss it, and the next render would put the old value
// back. Once the step has hydrated, every input whose DOM state differs from what the server
// rendered (its default value or checked state) is replayed to React as the change it was.
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";

/**
 * React keeps the last value it saw on the element and ignores an event that does not change
 * it; at hydration it saw the typed value. Setting the server's value through the element (so
 * React records it) and the typed one behind React's back makes the input event a change.
 */
function replayText(element: HTMLInputElement | HTMLTextAreaElement) {
  const typed = element.value;
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value");
  element.value = element.defaultValue;
  setter?.set?.call(element, typed);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

/** A box or radio the admin clicked: undo it where React can see, then click it for real. */
function replayCheck(element: HTMLInputElement) {
  const checked = element.checked;
  element.checked = !checked;
  element.click();
}

function replayEarlyInput(root: HTMLElement) {
  for (const element of root.querySelectorAll<HTMLElement>("input, textarea, select")) {
    if ((element as HTMLInputElement).disabled) continue;
    if (element instanceof HTMLSelectElement) {
      const changed = [...element.options].some((o) => o.selected !== o.defaultSelected);
      if (changed) element.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (element instanceof HTMLTextAreaElement) {
      if (element.value !== element.defaultValue) replayText(element);
    } else if (element instanceof HTMLInputElement) {
      if (element.type === "checkbox" || element.type === "radio") {
        // A radio the admin left is unchecked by the one picked; replay only the picked one.
        const picked = element.type === "radio" ? element.checked : true;
        if (picked && element.checked !== element.defaultChecked) replayCheck(element);
      } else if (element.type !== "hidden" && element.value !== element.defaultValue) {
        replayText(element);
      }
    }
  }
}

const noSubscription = () => () => undefined;
const afterHydration = () => false;
const duringHydration = () => true;

/** Wraps a step's view (see the step routes' wizardStepPage). */
export function KeepEarlyInput({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // True only while hydrating server HTML (React reads the server snapshot then). A step
  // rendered by a client navigation had no moment without React, and its inputs' defaults are
  // not what the server sent, so nothing is replayed there.
  const hydrating = useRef(useSyncExternalStore(noSubscription, afterHydration, duringHydration));
  useEffect(() => {
    if (hydrating.current && ref.current) replayEarlyInput(ref.current);
  }, []);
  return (
    <div ref={ref} className="contents">
      {children}
    </div>
  );
}
