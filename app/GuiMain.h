#pragma once

// The desktop planner's entry point: `portolan [PLAN]` with no command-line verb.
namespace GuiMain {
int run(int argc, char **argv);
}
