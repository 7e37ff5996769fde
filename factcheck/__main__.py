from factcheck.entry import main

main()
