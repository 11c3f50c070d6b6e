import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { FilterBar } from "../src/react/FilterBar/index";
import { TracelensTheme } from "../src/react/theme/index";
import { sampleTraces } from "../src/sample/index";

const traces = sampleTraces({ traces: 50, seed: 3 });

const meta = {
  title: "FilterBar",
  component: FilterBar,
  args: { onFilterChange: fn() },
  render: (args) => <FilterBar {...args} traces={traces} />,
  decorators: [
    (Story) => (
      <TracelensTheme style={{ padding: 16, minHeight: 320, maxWidth: 900 }}>
        <Story />
      </TracelensTheme>
    ),
  ],
} satisfies Meta<typeof FilterBar>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An empty bar: type, press Ctrl+Space for completions, Enter to apply. */
export const Empty: Story = {};

/** A misspelled keyword is underlined where it is, and its message says what was meant. */
export const MisspelledKeyword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("combobox");
    await userEvent.click(input);
    await userEvent.keyboard("ok AND responsetme > 2");
    const diag = canvasElement.querySelector<HTMLElement>(".tl-filterbar-diag");
    await expect(diag?.textContent).toBe("responsetme");
    await expect(diag?.dataset.from).toBe("7");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    await expect(await canvas.findByRole("tooltip")).toHaveTextContent(
      "did you mean 'responsetime'?",
    );
  },
};

/** Completion from the keyword table and the traces' services, accepted with the keyboard. */
export const Completion: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole<HTMLInputElement>("combobox");
    await userEvent.click(input);
    await userEvent.keyboard("respon");
    const list = await canvas.findByRole("listbox");
    await expect(within(list).getAllByRole("option")[0]).toHaveTextContent("responsetime");
    await userEvent.keyboard("{Enter}");
    await expect(input.value).toBe("responsetime");
    await expect(canvas.queryByRole("listbox")).toBeNull();
    await userEvent.keyboard(' > 1 AND service("');
    await userEvent.keyboard("{Control>} {/Control}");
    const services = await canvas.findByRole("listbox");
    await expect(within(services).getAllByRole("option").length).toBeGreaterThan(1);
    await userEvent.keyboard("{ArrowDown}{Tab}");
    await expect(input.value).toMatch(/^responsetime > 1 AND service\(".+"/);
  },
};

/** Enter applies an expression without errors; Escape brings back the last applied one. */
export const ApplyAndRevert: Story = {
  args: { defaultValue: "ok" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole<HTMLInputElement>("combobox");
    await userEvent.clear(input);
    await userEvent.keyboard("responsetime > 0.5{Enter}");
    await waitFor(() => expect(args.onFilterChange).toHaveBeenCalledTimes(1));
    await expect(lastCall(args.onFilterChange)[0]).toBe("responsetime > 0.5");
    await userEvent.keyboard(" AND error");
    await expect(input.value).toBe("responsetime > 0.5 AND error");
    await userEvent.keyboard("{Escape}");
    await expect(input.value).toBe("responsetime > 0.5");
    await userEvent.keyboard("{ArrowUp}");
    await expect(input.value).toBe("responsetime > 0.5");
  },
};

function lastCall(f: unknown): unknown[] {
  const calls = (f as { mock: { calls: unknown[][] } }).mock.calls;
  return calls[calls.length - 1] ?? [];
}
