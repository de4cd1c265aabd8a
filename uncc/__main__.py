from uncc.cli import main

main()
