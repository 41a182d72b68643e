import FixdeskCLI

FixdeskCommand.main()
