#!/usr/bin/env bash
# Renders the app icon from its one source drawing: PNGs 16-1024 px, a Windows .ico and a macOS .icns.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3. The results are committed; run this after changing
# cbr-sync-desk.svg.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" cbr-sync-desk.svg -o "icon-$s.png"
done
python3 - <<'PY'
import struct
def png(s): return open(f"icon-{s}.png", "rb").read()
# ICO with PNG entries (Windows Vista and later): header, directory, then the images.
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for s, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("cbr-sync-desk.ico", "wb").write(out + b"".join(images))
# ICNS: 'icns' + length, then typed PNG chunks (ic07=128, ic08=256, ic09=512, ic10=1024@2x, ic11=32@2x
# i.e. 32 px, ic12=64, ic13=256@2x, ic14=512@2x).
chunks = [(b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic08", 256), (b"ic13", 512), (b"ic09", 512),
          (b"ic14", 1024), (b"ic10", 1024)]
body = b"".join(t + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in chunks)
open("cbr-sync-desk.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
ls -la
