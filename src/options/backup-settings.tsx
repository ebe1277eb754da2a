import { useState } from "preact/hooks";
import type { Backup } from "../lib/backup/backup-file";
import type { RestorePlan } from "../lib/backup/merge";
import type { MessageKey } from "../lib/i18n";
import { t } from "../platform/i18n";
import { saveFile } from "../platform/save-file";
import type { Status } from "../shared/use-settings";
import { Section } from "./section";
import { useBackups } from "./use-backups";

// The page's settings follow a restore by themselves: storage tells every page of a change.
type Props = { setStatus: (status: Status) => void };

const problems: Record<string, MessageKey> = {
	tooLarge: "backupTooLarge",
	notJson: "backupNotJson",
	notBackup: "backupNotBackup",
	newerBackup: "backupNewer",
};

const names = (plan: RestorePlan) =>
	[...plan.addedPinned, ...plan.addedRecent].map((p) => p.name || p.title || t("untitledPlenum"));

/** Saves this device's settings and plenums to a file, and adds such a file back after a preview. */
export function BackupSettings({ setStatus }: Props) {
	const backups = useBackups();
	const [pending, setPending] = useState<{ backup: Backup; plan: RestorePlan; dropped: number }>();
	const failed = (error: unknown) => setStatus({ text: t("storageReadFailed", String(error)), error: true });

	async function save() {
		try {
			const { name, text } = await backups.backupFile(new Date());
			saveFile(name, text, "application/json");
			setStatus({ text: t("backupSaved") });
		} catch (error) {
			failed(error);
		}
	}

	async function choose(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = "";
		setPending(undefined);
		if (!file) return;
		try {
			const preview = await backups.previewRestore(await file.text());
			if ("problem" in preview) setStatus({ text: t(problems[preview.problem] ?? "backupNotBackup"), error: true });
			else setPending(preview);
		} catch (error) {
			failed(error);
		}
	}

	async function restore(backup: Backup) {
		setPending(undefined);
		try {
			await backups.restoreBackup(backup);
			setStatus({ text: t("backupRestored") });
		} catch (error) {
			setStatus({ text: t("backupNotRestored", String(error)), error: true });
		}
	}

	const plan = pending?.plan;
	const changes = plan ? Object.keys(plan.settings).length : 0;
	const empty = plan && names(plan).length === 0 && changes === 0;
	return (
		<Section id="backup" heading={t("backupHeading")} open={false}>
			<p class="hint">{t("backupHint")}</p>
			<button id="backup-save" type="button" onClick={() => void save()}>
				{t("backupSave")}
			</button>
			<p>
				<label for="backup-file">{t("backupRestore")}</label>{" "}
				<input
					id="backup-file"
					type="file"
					accept=".json,application/json"
					onChange={(event) => void choose(event.currentTarget)}
				/>
			</p>
			{pending && plan && (
				<fieldset id="backup-preview" class="confirm">
					<legend>
						{empty
							? t("backupNothingNew")
							: t("backupPreview", [String(plan.addedPinned.length), String(plan.addedRecent.length), String(changes)])}
					</legend>
					<ul>
						{names(plan).map((name, index) => (
							<li key={String(index)}>{name}</li>
						))}
					</ul>
					{pending.dropped > 0 && <p class="hint">{t("backupDropped", String(pending.dropped))}</p>}
					{plan.refused.length > 0 && <p class="hint">{t("backupRefusedSettings", plan.refused.join(", "))}</p>}
					{!empty && (
						<button id="backup-apply" type="button" class="primary" onClick={() => void restore(pending.backup)}>
							{t("backupApply")}
						</button>
					)}{" "}
					<button id="backup-cancel" type="button" onClick={() => setPending(undefined)}>
						{t("resetCancel")}
					</button>
				</fieldset>
			)}
		</Section>
	);
}
