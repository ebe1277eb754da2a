// Leaf components on their own, with the props their page gives them: what they say and refuse.
import { fireEvent, render, waitFor } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { describe, expect, it, vi } from "vitest";
import { PinForm } from "../../src/popup/pin-form";
import { StartField } from "../../src/popup/start-field";
import type { TypedStart } from "../../src/popup/use-start";
import { TitleField } from "../../src/shared/title-field";
import { byId, message } from "./factory";

describe("StartField", () => {
	it("says nothing while half a start is typed, names the missing half once the fields are left", () => {
		const onChange = vi.fn();
		function Plenum() {
			const [typed, setTyped] = useState({ date: "", time: "" });
			const change = (next: TypedStart) => {
				onChange(next);
				setTyped(next);
			};
			const problem = typed.date && !typed.time ? "startNoTime" : undefined;
			return <StartField typed={typed} problem={problem} inUtc={false} onChange={change} />;
		}
		render(<Plenum />);
		fireEvent.change(byId("when-date"), { target: { value: "2027-03-04" } });
		expect(onChange).toHaveBeenLastCalledWith({ date: "2027-03-04", time: "" });
		expect(document.querySelector('[role="alert"]')).toBeNull();
		// Into the time field: still inside, still typing.
		fireEvent.focusOut(byId("when-date"), { relatedTarget: byId("when-time") });
		expect(document.querySelector('[role="alert"]')).toBeNull();
		fireEvent.focusOut(byId("when-time"), { relatedTarget: document.body });
		expect(byId("when-problem").textContent).toBe(message("startNoTime"));
		expect(byId("when-time").getAttribute("aria-invalid")).toBe("true");
		fireEvent.change(byId("when-time"), { target: { value: "19:00" } });
		expect(onChange).toHaveBeenLastCalledWith({ date: "2027-03-04", time: "19:00" });
		expect(document.querySelector('[role="alert"]')).toBeNull();
		expect(byId("when-date").getAttribute("aria-invalid")).toBeNull();
	});

	it("says at once why a whole start is refused, tied to both fields, and takes the focus when asked", () => {
		const typed = { date: "2027-03-28", time: "02:30" };
		const view = render(<StartField typed={typed} problem="startSkipped" inUtc={false} onChange={vi.fn()} />);
		expect(byId("when-problem").textContent).toBe(message("startSkipped"));
		expect(byId("when-problem").getAttribute("role")).toBe("alert");
		expect(byId("when-date").getAttribute("aria-invalid")).toBe("true");
		expect(document.querySelector("fieldset")?.getAttribute("aria-describedby")).toBe("when-problem");
		view.rerender(<StartField typed={typed} problem="startSkipped" inUtc={false} asked={1} onChange={vi.fn()} />);
		expect(document.activeElement).toBe(byId("when-time"));
	});
});

describe("TitleField", () => {
	it("shows the reason a title is refused as an alert tied to the field, with the fix offered", () => {
		const onInput = vi.fn();
		render(
			<TitleField
				id="title"
				label="Title"
				value="https://evil.example"
				onInput={onInput}
				problem={{
					key: "titleLinkLike",
					part: "https://evil.example",
					link: "https://evil.example",
					fix: "https evil example",
				}}
			/>,
		);
		// The reason names the link, and the button after it offers the title with the link broken.
		expect(byId("title-problem").textContent).toBe(
			`${message("titleLinkLike", "https://evil.example", "https://evil.example")} ${message("titleLinkFix", "https evil example")}`,
		);
		expect(byId("title-problem").getAttribute("role")).toBe("alert");
		expect(byId("title").getAttribute("aria-describedby")).toBe("title-problem");
		expect(byId("title").getAttribute("aria-invalid")).toBe("true");
		// The fix is offered, not made: only the click puts it into the field.
		expect(onInput).not.toHaveBeenCalled();
		fireEvent.click(byId("title-fix"));
		expect(onInput).toHaveBeenCalledWith("https evil example");
	});
});

describe("PinForm", () => {
	it("offers the repeats of a dated plenum by its weekday, and pins under the default name when left empty", async () => {
		const onPin = vi.fn();
		render(
			<PinForm
				suggestedName=""
				start={{ date: "2027-03-04", time: "19:00", zone: "Europe/Berlin" }}
				language="en"
				onPin={onPin}
				onCancel={() => undefined}
			/>,
		);
		const repeat = byId<HTMLSelectElement>("pin-repeat");
		expect(repeat.disabled).toBe(false);
		expect([...repeat.options].map((option) => option.value)).toEqual(["", "weekly", "biweekly", "monthly"]);
		expect(repeat.options[1]?.textContent).toMatch(/^Every Thursday/);
		fireEvent.change(repeat, { target: { value: "monthly" } });
		fireEvent.click(byId("pin-save"));
		// The name is held to the title's link rule first, which answers asynchronously.
		await waitFor(() => expect(onPin).toHaveBeenCalledWith(message("pinDefaultName"), "monthly"));
		expect(onPin).toHaveBeenCalledTimes(1);
	});
});
