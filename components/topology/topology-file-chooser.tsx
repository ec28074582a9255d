"use client";

import { useState } from "react";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/topology/import/limits";

export interface ChosenFile {
  name: string;
  text: string;
}

/**
 * A file input for topology JSON files: checks the size before reading (the server checks it
 * again), reads the text, and keeps showing the chosen file's name after a refused import.
 */
export function TopologyFileChooser({
  id,
  label,
  onChoose,
  errors,
}: {
  id: string;
  label: string;
  onChoose: (file: ChosenFile | null) => void;
  /** Errors about the file from the server (e.g. none chosen). */
  errors?: string[];
}) {
  const [name, setName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const shown = tooLarge ? [tooLarge] : (errors ?? []);
  const errorId = shown.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="block text-sm"
        aria-invalid={shown.length ? true : undefined}
        aria-describedby={errorId}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          setTooLarge(null);
          if (!file) {
            setName(null);
            onChoose(null);
            return;
          }
          setName(file.name);
          if (file.size > MAX_IMPORT_BYTES) {
            setTooLarge(tooLargeMessage(file.size));
            onChoose(null);
            return;
          }
          onChoose({ name: file.name, text: await file.text() });
        }}
      />
      {name ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="import-file-name">
          Chosen file: <span className="font-mono">{name}</span>
        </p>
      ) : null}
      {shown.length ? (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400" data-testid="error-file">
          {shown.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
