from uncc.entry import main

main()
