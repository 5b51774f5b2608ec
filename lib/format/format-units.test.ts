import { expect, test } from "vitest";
import { formatDuration } from "./format-duration";
import { formatFileSize } from "./format-file-size";
import { formatPercent } from "./format-percent";

test("file sizes use binary units and a decimal comma", () => {
  expect(formatFileSize(512)).toBe("512 B");
  expect(formatFileSize(1024)).toBe("1,0 KB");
  expect(formatFileSize(12_700)).toBe("12,4 KB");
  expect(formatFileSize(3.1 * 1024 * 1024)).toBe("3,1 MB");
  expect(formatFileSize(2 * 1024 ** 3)).toBe("2,0 GB");
});

test("durations in the two largest whole units", () => {
  expect(formatDuration(44.6)).toBe("45 s");
  expect(formatDuration(60)).toBe("1 min");
  expect(formatDuration(3600)).toBe("1 h");
  expect(formatDuration(3 * 3600 + 20 * 60 + 59)).toBe("3 h 20 min");
  expect(formatDuration(5 * 86400)).toBe("5 d");
  expect(formatDuration(2 * 86400 + 5 * 3600)).toBe("2 d 5 h");
});

test("percentages with one decimal", () => {
  expect(formatPercent(1 / 3)).toBe("33,3 %");
  expect(formatPercent(0.6)).toBe("60,0 %");
});
