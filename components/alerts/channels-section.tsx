import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CHANNEL_KIND_LABELS } from "@/lib/alerts/kinds";
import type { ChannelView } from "@/lib/alerts/store/channels";
import { ChannelForm } from "./channel-form";
import { AlertsDeleteButton } from "./delete-button";
import { AlertsSection } from "./section";
import { TestChannelButton } from "./test-channel-button";
import type { AlertsAction, TestOutcome } from "./types";

export function ChannelsSection({
  channels,
  canManage,
  save,
  remove,
  test,
}: {
  channels: ChannelView[];
  canManage: boolean;
  save: AlertsAction<{ id: string }>;
  remove: AlertsAction<{ id: string }>;
  test: AlertsAction<TestOutcome>;
}) {
  return (
    <AlertsSection
      id="channels"
      title="Channels"
      description="Where notices go: a generic JSON webhook (optionally HMAC-signed), a Slack or Microsoft Teams incoming webhook, or email. Deliveries are queued in the database and retried with backoff."
    >
      {channels.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No channels yet.</p>
      ) : (
        <ul className="space-y-3">
          {channels.map((channel) => (
            <li key={channel.id}>
              <Card className="space-y-2">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="font-semibold">{channel.name}</h3>
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      {CHANNEL_KIND_LABELS[channel.kind]}
                      {channel.emailTo ? ` → ${channel.emailTo}` : ""}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    {channel.hasUrl ? <Badge>URL saved</Badge> : null}
                    {channel.hasHmacKey ? <Badge tone="info">Signed</Badge> : null}
                    {canManage ? (
                      <>
                        <TestChannelButton
                          channelId={channel.id}
                          channelName={channel.name}
                          test={test}
                        />
                        <AlertsDeleteButton
                          id={channel.id}
                          name={channel.name}
                          label="Delete"
                          question={`Delete the channel ${channel.name}? Rules stop sending to it.`}
                          action={remove}
                        />
                      </>
                    ) : null}
                  </div>
                </div>
                {canManage ? (
                  <details>
                    <summary className="cursor-pointer text-sm text-sky-800 underline dark:text-sky-300">
                      Edit {channel.name}
                    </summary>
                    <div className="pt-3">
                      <ChannelForm channel={channel} save={save} />
                    </div>
                  </details>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <Card>
          <h3 className="mb-3 font-semibold">New channel</h3>
          <ChannelForm save={save} />
        </Card>
      ) : null}
    </AlertsSection>
  );
}
