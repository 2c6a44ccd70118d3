mod fold;
