#include "Cli.h"

int main(int argc, char **argv)
{
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Cli::isVerb(verb) || argc > 1)
        return Cli::main(argc, argv);
    return Cli::main(argc, argv);
}
