#pragma once

namespace Keyless::Shell {

class Interpreter;

// echo, printf, cat, grep, head, tail, wc, sort, cut, base64 and jq: the text tools lab scripts pipe into.
// Each supports the common forms and rejects the rest with a message naming the unsupported option.
void registerTextCommands(Interpreter &shell);

} // namespace Keyless::Shell
