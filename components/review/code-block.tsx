"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Text to read, copy or download (CLI batch, NITRO request list). */
export function CodeBlock({
  title,
  text,
  fileName,
}: {
  title: string;
  text: string;
  fileName: string;
}) {
  const [copied, setCopied] = useState(false);
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="space-y-2" aria-label={title}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        <div className="flex gap-2">
          <Button
            type="button"
            variant="ghost"
            onClick={async () => {
              await navigator.clipboard.writeText(text);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
          <Button type="button" variant="ghost" onClick={download}>
            Download
          </Button>
        </div>
      </div>
      {/* Focusable, so keyboard users can scroll a long batch (it scrolls inside its box). */}
      <pre
        tabIndex={0}
        aria-label={title}
        className="max-h-80 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500"
      >
        {text}
      </pre>
    </section>
  );
}
